package id.simonev.programs.agency;

import id.simonev.platform.event.DomainEvent;

/** An agency entered the register. */
public record AgencyRegistered(String code, String name, String regionCode, boolean active) implements DomainEvent {

    @Override
    public String aggregateId() {
        return code;
    }

    @Override
    public String region() {
        return regionCode;
    }

    static AgencyRegistered of(Agency agency) {
        return new AgencyRegistered(agency.code, agency.name, agency.regionCode, agency.active);
    }
}
