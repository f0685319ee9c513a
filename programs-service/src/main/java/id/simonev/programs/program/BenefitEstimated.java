package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * The office entered a new estimate of a program's benefits, which replaces the one before
 * ({@code previousAmount}, null for the program's first). {@code region} is the program's region:
 * the envelope carries it, {@code data} does not.
 */
public record BenefitEstimated(@JsonIgnore String region, UUID programId, long amount, String method,
                               String estimatedBy, Instant estimatedAt, Long previousAmount)
        implements ProgramEvent {

    static BenefitEstimated of(Program program, BenefitEstimate estimate, BenefitEstimate previous) {
        return new BenefitEstimated(program.regionCode, program.id, estimate.amount, estimate.method,
                estimate.estimatedBy, estimate.estimatedAt, previous == null ? null : previous.amount);
    }
}
