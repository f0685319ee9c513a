package id.simonev.surveys.evaluation;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A single-use link as the office sees it: to whom it went and whether it was used, never what was answered. */
@Schema(description = "A single-use evaluation link")
public record EvaluationLinkView(
        @Schema(example = "K7QM4XPAH2RT9WZE") String token,
        @Schema(description = "The page to open", example = "http://localhost:8082/e/K7QM4XPAH2RT9WZE") String link,
        Questionnaire questionnaire,
        RaterRole role,
        @Schema(description = "The participant the questionnaire is about") String participantNip,
        String participantName,
        @Schema(description = "Who answers; absent for an open peer link") String raterNip,
        String raterName,
        Instant issuedAt,
        Instant expiresAt,
        LinkStatus status) {
}
