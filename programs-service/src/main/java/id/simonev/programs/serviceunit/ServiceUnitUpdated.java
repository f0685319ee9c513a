package id.simonev.programs.serviceunit;

import id.simonev.platform.register.RegisterFact;

/** A service unit of the register changed or was deactivated; carries its whole new state. */
public record ServiceUnitUpdated(String code, String name, String agencyCode, String regionCode,
                                 Integer yearlyServiceUsers, boolean active) implements RegisterFact {
    static ServiceUnitUpdated of(ServiceUnit unit) {
        return new ServiceUnitUpdated(unit.code, unit.name, unit.agencyCode, unit.regionCode,
                unit.yearlyServiceUsers, unit.active);
    }
}
