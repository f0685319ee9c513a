package id.simonev.performance.appraisal;

import id.simonev.performance.predicate.Predicate;
import id.simonev.performance.predicate.Rating;
import id.simonev.platform.event.DomainEvent;
import java.time.LocalDate;
import java.util.UUID;

/** An employee was appraised for a period; with the predicate and the employee as they were then. */
public record AppraisalRecorded(UUID appraisalId, String nip, String period, AppraisalPeriod.Kind periodKind,
                                LocalDate periodStart, LocalDate periodEnd, Rating hasilKerja, Rating perilakuKerja,
                                Predicate predicate, String appraiserNip, LocalDate appraisedOn, String agencyCode,
                                String regionCode, String positionType, String rank) implements DomainEvent {

    @Override
    public String aggregateId() {
        return nip;
    }

    @Override
    public String region() {
        return regionCode;
    }

    static AppraisalRecorded of(Appraisal appraisal) {
        return new AppraisalRecorded(appraisal.id, appraisal.nip, appraisal.period, appraisal.periodKind,
                appraisal.periodStart, appraisal.periodEnd, appraisal.hasilKerja, appraisal.perilakuKerja,
                appraisal.predicate, appraisal.appraiserNip, appraisal.appraisedOn, appraisal.agencyCode,
                appraisal.regionCode, appraisal.positionType, appraisal.rank);
    }
}
