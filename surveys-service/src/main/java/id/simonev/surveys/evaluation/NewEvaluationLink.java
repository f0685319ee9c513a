package id.simonev.surveys.evaluation;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.nip.ValidNip;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link the office issues by hand: a lost one again, a supervisor the register lacks, a named peer. */
@Schema(description = "A single-use link issued by hand")
public record NewEvaluationLink(
        @NotNull Questionnaire questionnaire,
        @NotNull
        @Schema(description = "PARTICIPANT for REACTION; SELF, SUPERVISOR or PEER for POST_TRAINING")
        RaterRole role,
        @NotBlank @ValidNip
        @Schema(description = "The participant the questionnaire is about", example = "198507122010011003")
        String participantNip,
        @ValidNip
        @Schema(description = "Who answers, for SUPERVISOR (default: the register's atasan langsung) and PEER "
                + "(left out: an open peer link the office hands to a colleague of its choice)")
        String raterNip) {

    public NewEvaluationLink {
        participantNip = Nip.canonical(participantNip);
        raterNip = Nip.canonical(raterNip);
    }
}
