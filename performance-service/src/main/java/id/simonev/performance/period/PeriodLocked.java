package id.simonev.performance.period;

import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A period of an agency was locked: its figures, and those of the periods inside it, take no change. */
public record PeriodLocked(String agencyCode, String regionCode, String period, LocalDate periodStart,
                          LocalDate periodEnd, Instant lockedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return agencyCode;
    }

    @Override
    public String region() {
        return regionCode;
    }
}
