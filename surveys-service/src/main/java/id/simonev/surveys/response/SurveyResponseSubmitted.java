package id.simonev.surveys.response;

import id.simonev.platform.event.DomainEvent;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A respondent answered a campaign's survey. Anonymous: it carries no name, and not the free-text
 * suggestion either. Keyed by the campaign, so that it follows its campaign's opening. The
 * respondent's score in the index is {@code 25 x indexPoints / indexDenominator}, exactly.
 */
public record SurveyResponseSubmitted(UUID responseId, UUID campaignId, String instrument, int instrumentVersion,
                                      String serviceUnitCode, String agencyCode, String regionCode,
                                      LocalDate surveyDate, Map<String, Integer> answers, long indexPoints,
                                      long indexDenominator, Respondent respondent, Channel channel)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return campaignId.toString();
    }

    @Override
    public String region() {
        return regionCode;
    }
}
