package id.simonev.programs.participant;

import jakarta.validation.constraints.NotNull;

/** Whether the participant was at the session. */
public record AttendanceMark(@NotNull Boolean present) {
}
