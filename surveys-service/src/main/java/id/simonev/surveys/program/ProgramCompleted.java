package id.simonev.surveys.program;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (synchronously, in the transaction that applies programs-service's event) when the copy
 * learns that a program completed, so that its evaluation links are issued with the same change.
 */
public record ProgramCompleted(UUID programId, Instant completedAt) {
}
