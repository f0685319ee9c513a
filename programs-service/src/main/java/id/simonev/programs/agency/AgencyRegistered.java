package id.simonev.programs.agency;

import id.simonev.platform.register.RegisterFact;

/** An agency entered the register. */
public record AgencyRegistered(String code, String name, String regionCode, boolean active) implements RegisterFact {
    static AgencyRegistered of(Agency agency) {
        return new AgencyRegistered(agency.code, agency.name, agency.regionCode, agency.active);
    }
}
