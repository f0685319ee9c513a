package id.simonev.performance.appraisal;

import id.simonev.performance.predicate.Predicate;
import id.simonev.performance.predicate.Rating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An employee's appraisal for a period, with the employee as they were then and every correction")
public record AppraisalView(
        UUID id,
        String nip,
        String employeeName,
        @Schema(example = "2026-Q1") String period,
        AppraisalPeriod.Kind periodKind,
        LocalDate periodStart,
        LocalDate periodEnd,
        Rating hasilKerja,
        Rating perilakuKerja,
        @Schema(description = "The predicate the regulation's table gives the two ratings") Predicate predicate,
        @Schema(example = "Baik") String predicateLabel,
        String appraiserNip,
        LocalDate appraisedOn,
        @Schema(description = "The employee when appraised: a later transfer or promotion does not change it")
        Snapshot employeeThen,
        Instant recordedAt,
        String recordedBy,
        @Schema(description = "The corrections, oldest first, each with what the appraisal was before it")
        List<Correction> corrections) {

    public record Snapshot(String agencyCode, String regionCode, String positionType, String rank) {
    }

    public record Correction(Instant correctedAt, String correctedBy, String reason, Rating previousHasilKerja,
                             Rating previousPerilakuKerja, Predicate previousPredicate, String previousAppraiserNip,
                             LocalDate previousAppraisedOn) {
    }

    static AppraisalView of(Appraisal appraisal, List<AppraisalChange> changes) {
        return new AppraisalView(appraisal.id, appraisal.nip, appraisal.employeeName, appraisal.period,
                appraisal.periodKind, appraisal.periodStart, appraisal.periodEnd, appraisal.hasilKerja,
                appraisal.perilakuKerja, appraisal.predicate, appraisal.predicate.label(), appraisal.appraiserNip,
                appraisal.appraisedOn, new Snapshot(appraisal.agencyCode, appraisal.regionCode,
                        appraisal.positionType, appraisal.rank), appraisal.recordedAt, appraisal.recordedBy,
                changes.stream().map(change -> new Correction(change.correctedAt, change.correctedBy, change.reason,
                        change.previousHasilKerja, change.previousPerilakuKerja, change.previousPredicate,
                        change.previousAppraiserNip, change.previousAppraisedOn)).toList());
    }
}
