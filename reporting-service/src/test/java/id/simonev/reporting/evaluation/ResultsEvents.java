package id.simonev.reporting.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.reporting.rule.Period;
import id.simonev.testing.TestEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The events level 4 reads, as programs-, performance- and surveys-service write them (each checked against
 * its contract), in one region, with scripted event times: a program of 14-18 April 2025 with its expected
 * outcomes and participants, indicators with their realisations (higher is better, target 100, so that a
 * realisation is its capaian), service units and their SKM responses.
 */
final class ResultsEvents {

    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

    final String region;
    final String programId = UUID.randomUUID().toString();

    ResultsEvents(String region) {
        this.region = region;
    }

    /** An agency's code in this region, unique to it: {@code AGENCY-<region>}. */
    String agency(String name) {
        return name + "-" + region;
    }

    /** The plan with its outcomes: each an indicator {@code "AGENCY/CODE"} or a unit's code. */
    ObjectNode planned(int second, List<String> outcomes) {
        List<Map<String, String>> expected = outcomes.stream().map(outcome -> outcome.contains("/")
                ? Map.of("agencyCode", outcome.split("/")[0], "indicatorCode", outcome.split("/")[1],
                        "expectedChange", "INCREASE")
                : Map.of("serviceUnitCode", outcome, "expectedChange", "INCREASE")).toList();
        Map<String, Object> program = new HashMap<>(Map.of(
                "programId", programId, "code", "PEL-L4", "title", "Pelatihan Pengelolaan Pengaduan",
                "regionCode", region, "format", "TRAINING", "classical", true, "competencyType", "TEKNIS",
                "organisingAgencyCode", agency("BKPSDM"), "startDate", "2025-04-14", "endDate", "2025-04-18"));
        program.putAll(Map.of("targetAgencyCodes", List.of(), "jp", 40, "capacity", 30, "passingScore", 60,
                "plannedBudget", 60_000_000, "expectedOutcomes", expected, "status", "COMPLETED",
                "sessions", List.of(Map.of("number", 1, "date", "2025-04-14", "jp", 40))));
        return at(second, TestEvents.envelope("ProgramScheduled", "programs-service", programId, region, program));
    }

    ObjectNode enrolled(int second, int participant, String agencyCode) {
        return at(second, TestEvents.envelope("ParticipantEnrolled", "programs-service", programId, region,
                Map.of("programId", programId, "nip", "19800101200501%04d".formatted(participant),
                        "name", "Peserta " + participant, "agencyCode", agencyCode, "regionCode", region,
                        "enrolledAt", time(second).toString())));
    }

    ObjectNode indicatorDefined(int second, String agencyCode, String code, String periodType) {
        Map<String, Object> data = new HashMap<>(Map.of("indicatorId", indicatorId(agencyCode, code),
                "code", code, "name", "Indikator " + code, "agencyCode", agencyCode, "regionCode", region,
                "unit", "PERCENT", "direction", "HIGHER_IS_BETTER", "periodType", periodType,
                "aggregation", "AVERAGE", "allowsAboveHundred", true));
        data.put("active", true);
        data.put("serviceUnitCode", null);
        return at(second, TestEvents.envelope("IndicatorDefined", "performance-service", agencyCode + "/" + code,
                region, data));
    }

    /** A realisation of the period against a target of 100: its capaian is the realisation. */
    ObjectNode realised(int second, String agencyCode, String code, String period, int realisation) {
        return at(second, TestEvents.envelope("RealisationRecorded", "performance-service",
                agencyCode + "/" + code, region, realisation(agencyCode, code, period, realisation)));
    }

    ObjectNode corrected(int second, String agencyCode, String code, String period, int from, int to) {
        Map<String, Object> data = realisation(agencyCode, code, period, to);
        data.put("previousRealisation", from);
        data.put("previousCapaian", from);
        data.put("correctedAt", time(second).toString());
        return at(second, TestEvents.envelope("RealisationCorrected", "performance-service",
                agencyCode + "/" + code, region, data));
    }

    ObjectNode unitRegistered(int second, String code, String agencyCode) {
        return at(second, TestEvents.envelope("ServiceUnitRegistered", "programs-service", code, region,
                Map.of("code", code, "name", "Puskesmas " + code, "agencyCode", agencyCode, "regionCode", region,
                        "yearlyServiceUsers", 5000, "active", true)));
    }

    /**
     * An SKM response of equal weights with {@code fours} of the nine elements answered 4 and the rest 3:
     * its points are 27 + fours, its score 25 x points / 9.
     */
    ObjectNode responded(int second, String unitCode, String agencyCode, String surveyDate, int fours) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 9).forEach(element -> answers.put("U" + element, element <= fours ? 4 : 3));
        Map<String, Object> data = new HashMap<>(Map.of("responseId", UUID.randomUUID().toString(),
                "campaignId", UUID.nameUUIDFromBytes(unitCode.getBytes()).toString(), "instrument", "SKM",
                "instrumentVersion", 1, "serviceUnitCode", unitCode, "agencyCode", agencyCode, "regionCode", region,
                "surveyDate", surveyDate, "answers", answers, "indexPoints", 27 + fours));
        data.put("indexDenominator", 9);
        data.put("channel", "PAPER");
        data.put("respondent", null);
        return at(second, TestEvents.envelope("SurveyResponseSubmitted", "surveys-service", unitCode, region, data));
    }

    private Map<String, Object> realisation(String agencyCode, String code, String period, int realisation) {
        Period parsed = Period.parse(period).orElseThrow();
        Map<String, Object> data = new HashMap<>(Map.of("realisationId",
                UUID.nameUUIDFromBytes((agencyCode + code + period).getBytes()).toString(),
                "indicatorId", indicatorId(agencyCode, code), "indicatorCode", code, "agencyCode", agencyCode,
                "regionCode", region, "period", period, "periodStart", parsed.start().toString(),
                "periodEnd", parsed.end().toString(), "unit", "PERCENT", "target", 100));
        data.put("realisation", realisation);
        data.put("direction", "HIGHER_IS_BETTER");
        data.put("capaian", BigDecimal.valueOf(realisation));
        data.put("targetLower", null);
        data.put("targetUpper", null);
        return data;
    }

    private static String indicatorId(String agencyCode, String code) {
        return UUID.nameUUIDFromBytes((agencyCode + "/" + code).getBytes()).toString();
    }

    static Instant time(int second) {
        return START.plusSeconds(second);
    }

    private static ObjectNode at(int second, ObjectNode event) {
        event.put("occurredAt", time(second).toString());
        return event;
    }
}
