package id.simonev.surveys.evaluationresult;

import id.simonev.surveys.rating.Rating;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How participants rated a trainer across the programs they taught (those the caller may see). */
@Schema(description = "A trainer's ratings across programs")
public record TrainerResult(
        ProgramEvaluationResult.Trainer trainer,
        @Schema(example = "3") int anonymityThreshold,
        @Schema(example = "rating:mean-top2-band-0.8-v1") String rule,
        @Schema(description = "All their programs' answers together") ProgramEvaluationResult.Section overall,
        @Schema(description = "Each program they taught, newest first") List<ProgramRating> programs) {

    /** One program's rating of the trainer. */
    public record ProgramRating(UUID programId, String programCode, String programTitle, LocalDate endDate,
                                Rating rating) {
    }
}
