package id.simonev.performance.period;

import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A period of an agency was verified: its realisations are checked. */
public record PeriodVerified(String agencyCode, String regionCode, String period, LocalDate periodStart,
                          LocalDate periodEnd, Instant verifiedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return agencyCode;
    }

    @Override
    public String region() {
        return regionCode;
    }
}
