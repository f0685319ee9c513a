package id.simonev.programs.participant;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.nip.ValidNip;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One row of an attendance file: whether the participant was at the session. */
record AttendanceLine(@NotBlank @ValidNip String nip, @NotNull Integer session, @NotNull Boolean present) {

    AttendanceLine {
        nip = Nip.canonical(nip);
    }
}
