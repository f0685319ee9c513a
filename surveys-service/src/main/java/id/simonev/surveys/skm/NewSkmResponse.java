package id.simonev.surveys.skm;

import id.simonev.platform.validation.Codes;
import id.simonev.platform.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One citizen's answers to the SKM survey of a service unit")
public record NewSkmResponse(
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "An active unit of the register; the response belongs to its region",
                example = "PKM-BATUA-MKS")
        String serviceUnitCode,
        @NotNull @PastOrPresent @PlausibleDate
        LocalDate surveyDate,
        @NotNull
        @Schema(description = "The nine elements U1..U9 by code, each 1 (worst) to 4 (best)",
                example = "{\"U1\":4,\"U2\":4,\"U3\":3,\"U4\":4,\"U5\":3,\"U6\":3,\"U7\":4,\"U8\":3,\"U9\":4}")
        Map<SkmElement, @NotNull @Min(1) @Max(4) Integer> answers,
        @Valid
        Respondent respondent) {
}
