package id.simonev.performance.period;

import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A locked period of an agency was unlocked (with a reason, kept by the service): it is RECORDED again. */
public record PeriodUnlocked(String agencyCode, String regionCode, String period, LocalDate periodStart,
                          LocalDate periodEnd, Instant unlockedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return agencyCode;
    }

    @Override
    public String region() {
        return regionCode;
    }
}
