package id.simonev.surveys.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One stored answer sheet")
public record SurveyResponseView(
        UUID id,
        UUID campaignId,
        @Schema(example = "SKM") String instrumentCode,
        @Schema(example = "1") int instrumentVersion,
        String serviceUnitCode,
        String agencyCode,
        String regionCode,
        LocalDate surveyDate,
        @Schema(description = "The answers by item code, in the instrument's order") Map<String, Integer> answers,
        Respondent respondent,
        String suggestion,
        Channel channel,
        Instant submittedAt) {
}
