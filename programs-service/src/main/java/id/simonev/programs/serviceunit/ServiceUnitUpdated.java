package id.simonev.programs.serviceunit;

import id.simonev.platform.event.DomainEvent;

/** A service unit of the register changed or was deactivated; carries its whole new state. */
public record ServiceUnitUpdated(String code, String name, String agencyCode, String regionCode,
                                 Integer yearlyServiceUsers, boolean active) implements DomainEvent {

    @Override
    public String aggregateId() {
        return code;
    }

    @Override
    public String region() {
        return regionCode;
    }

    static ServiceUnitUpdated of(ServiceUnit unit) {
        return new ServiceUnitUpdated(unit.code, unit.name, unit.agencyCode, unit.regionCode,
                unit.yearlyServiceUsers, unit.active);
    }
}
