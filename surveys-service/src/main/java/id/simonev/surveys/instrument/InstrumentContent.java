package id.simonev.surveys.instrument;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an office sets in its own SKM: a name, its own weights of U1-U9, extra questions. */
@Schema(description = "An office's own SKM: the nine elements of the regulation, with weights and extra questions")
public record InstrumentContent(
        @NotBlank @Size(max = 200)
        @Schema(example = "SKM Dinas Kesehatan Kota Makassar")
        String name,
        @Schema(description = "Weights of U1-U9 by code, each above 0, summing to exactly 1; left out, the weights "
                + "are the regulation's equal 1/9",
                example = "{\"U1\":0.1,\"U2\":0.1,\"U3\":0.15,\"U4\":0.1,\"U5\":0.1,\"U6\":0.1,"
                        + "\"U7\":0.15,\"U8\":0.1,\"U9\":0.1}")
        Map<String, @NotNull @Positive @DecimalMax("1") BigDecimal> weights,
        @Valid @Size(max = 20)
        @Schema(description = "Questions asked after U1-U9, kept out of the IKM")
        List<@NotNull ExtraQuestion> extraQuestions) {

    public List<ExtraQuestion> extraQuestionsOrNone() {
        return extraQuestions == null ? List.of() : extraQuestions;
    }
}
