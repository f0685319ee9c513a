package id.simonev.programs.program;

import java.time.Instant;
import java.util.UUID;

/** A scheduled program started, completed or was cancelled. */
public record ProgramStatusChanged(UUID programId, String code, String regionCode, ProgramStatus from,
                                   ProgramStatus to, String reason, Instant changedAt) implements ProgramEvent {

    @Override
    public String region() {
        return regionCode;
    }
}
