package id.simonev.surveys.evaluationresult;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trainer in the list: who, and how many programs and respondents stand behind their results. */
@Schema(description = "A trainer who taught programs the caller may see")
public record TrainerSummary(
        UUID id,
        @Schema(example = "Dr. Andi Rahman, M.Si.") String name,
        @Schema(description = "Absent for a trainer who is not a civil servant") String nip,
        String institution,
        @Schema(description = "Programs they taught", example = "3") long programs,
        @Schema(description = "Participants who rated them", example = "57") long respondents) {
}
