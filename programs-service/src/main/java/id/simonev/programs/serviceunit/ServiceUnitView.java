package id.simonev.programs.serviceunit;

import java.time.Instant;

public record ServiceUnitView(String code, String name, String agencyCode, String regionCode,
                              Integer yearlyServiceUsers, boolean active, Instant createdAt) {

    static ServiceUnitView of(ServiceUnit unit) {
        return new ServiceUnitView(unit.code, unit.name, unit.agencyCode, unit.regionCode, unit.yearlyServiceUsers,
                unit.active, unit.createdAt);
    }
}
