package id.simonev.programs.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program's current benefit estimate and the estimates it replaced. */
@Schema(description = "The office's current estimate of a program's benefits, with the estimates it replaced")
public record BenefitEstimateView(
        UUID programId,
        @Schema(description = "The estimate in force; null while the office has entered none", nullable = true)
        Estimate current,
        @Schema(description = "The estimates the current one replaced, earliest first; empty when it replaced none")
        List<Estimate> history) {

    /** One estimate as the office entered it. */
    @Schema(name = "BenefitEstimate", description = "One estimate of a program's benefits, as the office entered it")
    public record Estimate(
            @Schema(description = "Rupiah") long amount,
            @Schema(description = "How it was estimated") String method,
            @Schema(description = "Who entered it: the subject of their token") String estimatedBy,
            Instant estimatedAt) {

        static Estimate of(BenefitEstimate estimate) {
            return new Estimate(estimate.amount, estimate.method, estimate.estimatedBy, estimate.estimatedAt);
        }
    }

    /** The view of a program's estimates, earliest first. */
    static BenefitEstimateView of(UUID programId, List<BenefitEstimate> estimates) {
        List<Estimate> all = estimates.stream().map(Estimate::of).toList();
        return new BenefitEstimateView(programId, all.isEmpty() ? null : all.get(all.size() - 1),
                all.isEmpty() ? List.of() : all.subList(0, all.size() - 1));
    }
}
