package id.simonev.surveys.instrument;

import id.simonev.platform.validation.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question an office adds to its SKM: answered on the same scale, kept out of the IKM. */
@Schema(description = "A question an office adds to its SKM, answered on the same 1-4 scale and kept out of the IKM")
public record ExtraQuestion(
        @NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(example = "X1")
        String code,
        @NotBlank @Size(max = 200)
        @Schema(example = "Informasi pelayanan")
        String name,
        @NotBlank @Size(max = 500)
        @Schema(example = "Bagaimana pendapat Saudara tentang kejelasan informasi pelayanan di unit ini?")
        String question,
        @NotNull @Size(min = 4, max = 4, message = "must give one wording for each of the 4 points of the scale")
        @Schema(description = "Four wordings, for 1 (worst) to 4 (best)",
                example = "[\"Tidak jelas\", \"Kurang jelas\", \"Jelas\", \"Sangat jelas\"]")
        List<@NotBlank @Size(max = 200) String> wordings) {
}
