package id.simonev.programs.serviceunit;

import id.simonev.platform.register.RegisterFact;

/** A service unit entered the register. */
public record ServiceUnitRegistered(String code, String name, String agencyCode, String regionCode,
                                    Integer yearlyServiceUsers, boolean active) implements RegisterFact {
    static ServiceUnitRegistered of(ServiceUnit unit) {
        return new ServiceUnitRegistered(unit.code, unit.name, unit.agencyCode, unit.regionCode,
                unit.yearlyServiceUsers, unit.active);
    }
}
