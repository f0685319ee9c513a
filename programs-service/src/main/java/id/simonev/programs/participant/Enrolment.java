package id.simonev.programs.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The employee to enrol")
public record Enrolment(
        @NotBlank @Pattern(regexp = "^\\d{18}$", message = "must be the 18 digits of a NIP")
        @Schema(example = "198503152010012001") String nip) {
}
