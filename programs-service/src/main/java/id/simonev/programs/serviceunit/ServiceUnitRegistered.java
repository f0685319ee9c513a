package id.simonev.programs.serviceunit;

import id.simonev.platform.event.DomainEvent;

/** A service unit entered the register. */
public record ServiceUnitRegistered(String code, String name, String agencyCode, String regionCode,
                                    Integer yearlyServiceUsers, boolean active) implements DomainEvent {

    @Override
    public String aggregateId() {
        return code;
    }

    @Override
    public String region() {
        return regionCode;
    }

    static ServiceUnitRegistered of(ServiceUnit unit) {
        return new ServiceUnitRegistered(unit.code, unit.name, unit.agencyCode, unit.regionCode,
                unit.yearlyServiceUsers, unit.active);
    }
}
