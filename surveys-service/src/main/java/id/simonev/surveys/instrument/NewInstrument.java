package id.simonev.surveys.instrument;

import id.simonev.platform.validation.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An office's own SKM instrument, made as a draft of version 1. */
@Schema(description = "An office's own SKM instrument; it starts as a draft of version 1")
public record NewInstrument(
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(example = "SKM-DINKES-MKS")
        String code,
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "The agency whose instrument it is; its service units may use it", example = "DINKES-MKS")
        String agencyCode,
        @NotNull @Valid
        InstrumentContent content) {
}
