package id.simonev.reporting.summary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.testing.TestEvents;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The events the region summary reads, as their producers write them, for one city of a test. */
public final class SummaryEvents {

    private SummaryEvents() {
    }

    public static ObjectNode regionRegistered(String code, String parent) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", "Wilayah " + code);
        data.put("parentCode", parent);
        return TestEvents.envelope("RegionRegistered", "programs-service", code, code, data);
    }

    public static ObjectNode programScheduled(String city, String programId) {
        Map<String, Object> program = new HashMap<>(Map.of(
                "programId", programId, "code", "P-" + programId.substring(0, 8), "title", "Pelatihan Pelayanan Prima",
                "regionCode", city, "format", "TRAINING", "classical", true, "competencyType", "TEKNIS",
                "organisingAgencyCode", "BKPSDM-MKS", "startDate", "2026-03-02", "endDate", "2026-03-06"));
        program.putAll(Map.of("targetAgencyCodes", List.of(), "jp", 40, "capacity", 30, "passingScore", 70,
                "plannedBudget", 45_000_000, "expectedOutcomes", List.of(), "status", "SCHEDULED",
                "sessions", List.of(Map.of("number", 1, "date", "2026-03-02", "jp", 40))));
        return TestEvents.envelope("ProgramScheduled", "programs-service", programId, city, program);
    }

    /** A response to the built-in SKM, in a campaign of its own. */
    public static ObjectNode responseSubmitted(String city, String unit, int... answers) {
        return responseSubmitted(city, unit, UUID.randomUUID().toString(), "SKM", Map.of(), answers);
    }

    /** A response to an office's own SKM in {@code campaignId}, with the extra question X1 answered. */
    static ObjectNode campaignResponseSubmitted(String city, String unit, String campaignId, int extra, int... answers) {
        return responseSubmitted(city, unit, campaignId, "SKM-OWN", Map.of("X1", extra), answers);
    }

    /** A response as surveys-service announces it: keyed by its campaign, every item by code. */
    private static ObjectNode responseSubmitted(String city, String unit, String campaignId, String instrument,
                                                Map<String, Integer> extras, int... answers) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        int points = 0;
        for (int i = 0; i < answers.length; i++) {
            byCode.put("U" + (i + 1), answers[i]);
            points += answers[i];
        }
        byCode.putAll(extras);
        String id = UUID.randomUUID().toString();
        return TestEvents.envelope("SurveyResponseSubmitted", "surveys-service", campaignId, city, Map.ofEntries(
                Map.entry("responseId", id), Map.entry("campaignId", campaignId), Map.entry("instrument", instrument),
                Map.entry("instrumentVersion", 1), Map.entry("serviceUnitCode", unit),
                Map.entry("agencyCode", "DINKES-" + city), Map.entry("regionCode", city),
                Map.entry("surveyDate", "2026-05-12"), Map.entry("answers", byCode), Map.entry("indexPoints", points),
                Map.entry("indexDenominator", 9), Map.entry("channel", "PUBLIC")));
    }

    public static ObjectNode realisationRecorded(String city, String indicator, String period, String periodEnd,
                                          double realisation, String capaian) {
        String id = UUID.randomUUID().toString();
        return TestEvents.envelope("RealisationRecorded", "performance-service", id, city, Map.ofEntries(
                Map.entry("realisationId", id), Map.entry("indicatorCode", indicator),
                Map.entry("agencyCode", "DISHUB-" + city), Map.entry("regionCode", city), Map.entry("period", period),
                Map.entry("periodStart", periodEnd.substring(0, 8) + "01"), Map.entry("periodEnd", periodEnd),
                Map.entry("target", 7), Map.entry("realisation", realisation), Map.entry("direction", "LOWER_IS_BETTER"),
                Map.entry("capaian", Double.parseDouble(capaian))));
    }
}
