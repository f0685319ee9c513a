package id.simonev.programs.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The employee to enrol")
public record Enrolment(
        @NotBlank @Pattern(regexp = NIP_PATTERN, message = NIP_MESSAGE)
        @Schema(example = "198503152010012001") String nip) {

    static final String NIP_PATTERN = "^\\d{18}$";
    static final String NIP_MESSAGE = "must be the 18 digits of a NIP";
}
