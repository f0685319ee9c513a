package id.simonev.programs.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One row of an attendance file: whether the participant was at the session. */
record AttendanceLine(
        @NotBlank @Pattern(regexp = Enrolment.NIP_PATTERN, message = Enrolment.NIP_MESSAGE) String nip,
        @NotNull Integer session,
        @NotNull Boolean present) {
}
