package id.simonev.performance.appraisal;

import id.simonev.performance.predicate.Predicate;
import id.simonev.performance.predicate.Rating;
import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An appraisal was corrected: its ratings and predicate now, the predicate before, and why. */
public record AppraisalCorrected(UUID appraisalId, String nip, String period, String agencyCode, String regionCode,
                                 Rating hasilKerja, Rating perilakuKerja, Predicate predicate,
                                 Predicate previousPredicate, String appraiserNip, LocalDate appraisedOn,
                                 String reason, Instant correctedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return nip;
    }

    @Override
    public String region() {
        return regionCode;
    }
}
