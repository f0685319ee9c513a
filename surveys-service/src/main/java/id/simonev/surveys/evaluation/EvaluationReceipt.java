package id.simonev.surveys.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to answering: stored, and the link is used up. */
@Schema(description = "The answers were stored; the link takes no second answer")
public record EvaluationReceipt(
        @Schema(example = "PKP-MKS-2026-01") String programCode,
        Questionnaire questionnaire,
        RaterRole role,
        @Schema(example = "Terima kasih, jawaban Anda telah tersimpan.") String message) {
}
