package id.simonev.programs.program;

import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** A scheduled program started, completed or was cancelled. */
public record ProgramStatusChanged(UUID programId, String code, String regionCode, ProgramStatus from,
                                   ProgramStatus to, String reason, Instant changedAt) implements DomainEvent {
}
