package id.simonev.surveys.evaluation;

import java.time.Instant;
import java.util.UUID;

/**
 * Single-use links of one questionnaire and role were issued for a program (and as many unused
 * ones replaced): what a response rate is counted against. It names no one.
 */
public record EvaluationLinksIssued(UUID programId, String regionCode, Questionnaire questionnaire, RaterRole role,
                                    int issued, int replaced, Instant expiresAt, Instant issuedAt)
        implements EvaluationEvent {
}
