package id.simonev.performance.period;

import java.time.Instant;
import java.time.LocalDate;

public record AgencyPeriodView(String agencyCode, String regionCode, String period, LocalDate periodStart,
                               LocalDate periodEnd, PeriodState state, Instant verifiedAt, String verifiedBy,
                               Instant lockedAt, String lockedBy, Instant unlockedAt, String unlockedBy,
                               String unlockReason) {

    static AgencyPeriodView of(AgencyPeriod row) {
        return new AgencyPeriodView(row.agencyCode, row.regionCode, row.period, row.periodStart, row.periodEnd,
                row.state, row.verifiedAt, row.verifiedBy, row.lockedAt, row.lockedBy, row.unlockedAt,
                row.unlockedBy, row.unlockReason);
    }
}
