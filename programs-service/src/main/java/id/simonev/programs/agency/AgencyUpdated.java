package id.simonev.programs.agency;

import id.simonev.platform.register.RegisterFact;

/** An agency of the register changed or was deactivated; carries its whole new state. */
public record AgencyUpdated(String code, String name, String regionCode, boolean active) implements RegisterFact {
    static AgencyUpdated of(Agency agency) {
        return new AgencyUpdated(agency.code, agency.name, agency.regionCode, agency.active);
    }
}
