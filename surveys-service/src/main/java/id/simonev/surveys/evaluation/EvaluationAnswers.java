package id.simonev.surveys.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers given through a single-use link: every section by its key, every item by its code. */
@Schema(description = "Answers to a single-use link's questionnaire; no name, no NIP")
public record EvaluationAnswers(
        @NotNull
        @Schema(description = "Each section of the questionnaire by its key, with its items by code on the scale",
                example = "{\"penyelenggaraan\":{\"D1\":5,\"D2\":4,\"D3\":4,\"D4\":5,\"D5\":3,\"D6\":4,\"D7\":4,"
                        + "\"D8\":4},\"pengajar-1\":{\"T1\":5,\"T2\":5,\"T3\":4,\"T4\":4,\"T5\":4,\"T6\":5,\"T7\":5,"
                        + "\"T8\":4,\"T9\":4,\"T10\":4,\"T11\":4,\"T12\":4,\"T13\":4}}")
        Map<String, @NotNull Map<String, @NotNull Integer>> sections,
        @Size(max = 2000)
        @Schema(description = "Suggestions, free text (shown only among 3 answers or more, never with the ratings)")
        String suggestion) {
}
