package id.simonev.surveys.skm;

import id.simonev.platform.event.DomainEvent;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A citizen answered the SKM survey of a service unit. Anonymous: it carries no name. */
public record SurveyResponseSubmitted(UUID responseId, String instrument, String serviceUnitCode, String regionCode,
                                      LocalDate surveyDate, Map<SkmElement, Integer> answers,
                                      Respondent respondent) implements DomainEvent {

    @Override
    public String aggregateId() {
        return responseId.toString();
    }

    @Override
    public String region() {
        return regionCode;
    }

    static SurveyResponseSubmitted of(SkmResponseView response) {
        return new SurveyResponseSubmitted(response.id(), "SKM", response.serviceUnitCode(), response.regionCode(),
                response.surveyDate(), response.answers(), response.respondent());
    }
}
