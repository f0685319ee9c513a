package id.simonev.surveys.response;

import id.simonev.platform.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer sheet: the answers by item code, the respondent's profile, a suggestion. Never a name. */
@Schema(description = "One anonymous answer sheet. No name, phone or other field is accepted.")
public record NewSurveyResponse(
        @NotNull
        @Schema(description = "The answers by item code (U1-U9 and the instrument's extra questions), each on the "
                + "instrument's scale",
                example = "{\"U1\":4,\"U2\":4,\"U3\":3,\"U4\":4,\"U5\":3,\"U6\":3,\"U7\":4,\"U8\":3,\"U9\":4}")
        Map<String, @NotNull Integer> answers,
        @Valid
        Respondent respondent,
        @PastOrPresent @PlausibleDate
        @Schema(description = "The day of the survey, within the campaign's period; today when a citizen leaves it "
                + "out, required on a paper form")
        LocalDate surveyDate,
        @Size(max = 2000)
        @Schema(description = "The respondent's suggestion (saran), optional")
        String suggestion) {
}
