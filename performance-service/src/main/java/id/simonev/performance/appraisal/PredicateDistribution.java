package id.simonev.performance.appraisal;

import id.simonev.performance.predicate.Predicate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an agency's employees were appraised in a period: counts per predicate, overall and per "
        + "position type (jenis jabatan; NOT_TOLD where the register had none at the time)")
public record PredicateDistribution(
        String agencyCode,
        @Schema(example = "2026") String period,
        @Schema(description = "Appraisals in all") long appraisals,
        @Schema(description = "Count per predicate, every predicate listed") Map<Predicate, Long> predicates,
        @Schema(description = "Count per predicate for each position type") Map<String, Map<Predicate, Long>>
        byPositionType) {
}
