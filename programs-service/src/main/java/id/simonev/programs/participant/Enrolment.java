package id.simonev.programs.participant;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.nip.ValidNip;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The employee to enrol")
public record Enrolment(
        @NotBlank @ValidNip
        @Schema(description = "18 digits, or grouped as 19671110 199203 1 001", example = "198503152010012001")
        String nip) {

    public Enrolment {
        nip = Nip.canonical(nip);
    }
}
