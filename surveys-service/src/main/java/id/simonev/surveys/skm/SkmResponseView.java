package id.simonev.surveys.skm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

public record SkmResponseView(UUID id, String serviceUnitCode, String regionCode, LocalDate surveyDate,
                              Map<SkmElement, Integer> answers, Respondent respondent, Instant submittedAt) {

    static SkmResponseView of(SkmResponse response) {
        return new SkmResponseView(response.id, response.serviceUnitCode, response.regionCode, response.surveyDate,
                SkmAnswers.byElement(response.answers), SkmAnswers.respondentOf(response), response.submittedAt);
    }
}
