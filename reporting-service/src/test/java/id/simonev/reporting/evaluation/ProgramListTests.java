package id.simonev.reporting.evaluation;

import static id.simonev.reporting.ReadModels.json;
import static id.simonev.reporting.ReadModels.publishAndWait;
import static id.simonev.reporting.evaluation.EvaluationEvents.time;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Refusal;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A region's program list from programs-service's and surveys-service's events put on the real topics,
 * read through {@code GET /api/v1/reports/regions/{code}/programs}: two programs in kabupaten/kota of
 * province 73 and one in province 74, all of one organising agency no other test uses.
 */
@QuarkusTest
class ProgramListTests {

    @Inject
    EntityManager entityManager;

    /** The plan of a program, with what the list shows and filters by. */
    private static ObjectNode planned(String programId, String code, String region, String agency, String format,
                                      String startDate, String status) {
        String endDate = startDate.substring(0, 8) + "20";
        Map<String, Object> program = new HashMap<>(Map.of(
                "programId", programId, "code", code, "title", "Pelatihan " + code, "regionCode", region,
                "format", format, "classical", true, "competencyType", "TEKNIS",
                "organisingAgencyCode", agency, "startDate", startDate, "endDate", endDate));
        program.putAll(Map.of("targetAgencyCodes", List.of(), "jp", 40, "capacity", 30, "passingScore", 60,
                "plannedBudget", 60_000_000, "expectedOutcomes", List.of(), "status", status,
                "sessions", List.of(Map.of("number", 1, "date", startDate, "jp", 40))));
        ObjectNode event = TestEvents.envelope("ProgramScheduled", "programs-service", programId, region, program);
        event.put("occurredAt", time(0).toString());
        return event;
    }

    /** One participant's answers to the delivery's items: D1 as given, D2-D8 4. */
    private static ObjectNode rated(String programId, int second, int d1) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("D1", d1);
        for (int item = 2; item <= 8; item++) {
            answers.put("D" + item, 4);
        }
        Map<String, Object> section = new HashMap<>(Map.of("instrument", "PENYELENGGARAAN", "instrumentVersion", 1,
                "answers", answers));
        section.put("trainerId", null);
        section.put("trainerName", null);
        ObjectNode event = TestEvents.envelope("EvaluationSubmitted", "surveys-service", programId,
                EvaluationEvents.REGION, Map.of("programId", programId, "regionCode", EvaluationEvents.REGION,
                        "questionnaire", "REACTION", "role", "PARTICIPANT", "sections", List.of(section)));
        event.put("occurredAt", time(second).toString());
        return event;
    }

    private static ValidatableResponse get(String token, String region, String query) {
        var request = token == null ? given() : given().auth().oauth2(token);
        String path = "/api/v1/reports/regions/" + region + "/programs";
        return request.when().get(query.isEmpty() ? path : path + "?" + query).then();
    }

    private static JsonNode list(String region, String query) {
        String body = get(Tokens.analyst("73", "74"), region, query).statusCode(200).extract().asString();
        return json(body);
    }

    private static List<String> codes(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(item -> item.path("code").asText())
                .toList();
    }

    /**
     * Program A (73.72, 2026, TRAINING, COMPLETED): three participants, pre/post 40/70 and 50/100 completed,
     * 60/60 not; three rate the delivery. B (73.73, 2025, WORKSHOP, RUNNING): two rate it. C (74.01).
     */
    private Map<String, String> scripted(String agency) {
        Map<String, String> ids = Map.of("A", UUID.randomUUID().toString(), "B", UUID.randomUUID().toString(),
                "C", UUID.randomUUID().toString());
        List<ObjectNode> events = new ArrayList<>();
        events.add(planned(ids.get("A"), agency + "-A", "73.72", agency, "TRAINING", "2026-03-02", "COMPLETED"));
        events.add(planned(ids.get("B"), agency + "-B", "73.73", agency, "WORKSHOP", "2025-05-05", "RUNNING"));
        events.add(planned(ids.get("C"), agency + "-C", "74.01", agency, "TRAINING", "2026-04-06", "SCHEDULED"));
        EvaluationEvents a = new EvaluationEvents(ids.get("A"));
        events.addAll(List.of(a.enrolled(1, 1), a.enrolled(2, 2), a.enrolled(3, 3),
                a.scores(30, 1, 40, 70), a.scores(31, 2, 50, 100), a.scores(32, 3, 60, 60),
                a.finished(41, 1, 40, 70), a.finished(42, 2, 50, 100),
                a.finished(43, 3, 60, 60, "ATTENDANCE_BELOW_80_PERCENT")));
        events.addAll(List.of(rated(ids.get("A"), 50, 5), rated(ids.get("A"), 51, 5), rated(ids.get("A"), 52, 4),
                rated(ids.get("B"), 53, 5), rated(ids.get("B"), 54, 3)));
        publishAndWait(entityManager, events);
        return ids;
    }

    @Test
    void aProvinceListsItsKabupatenKotasProgramsWithTheirHeadlineFigures() {
        String agency = "ORG-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = scripted(agency);

        JsonNode province = list("73", "agency=" + agency);
        assertEquals(2, province.path("total").asLong());
        assertEquals(List.of(agency + "-A", agency + "-B"), codes(province));
        assertEquals(List.of(agency + "-A"), codes(list("73.72", "agency=" + agency)));
        assertEquals(List.of(agency + "-C"), codes(list("74", "agency=" + agency)));

        JsonNode a = province.path("items").get(0);
        assertEquals(ids.get("A"), a.path("programId").asText());
        assertEquals("73.72", a.path("regionCode").asText());
        assertEquals(agency, a.path("organisingAgencyCode").asText());
        assertEquals("TRAINING", a.path("format").asText());
        assertEquals("TEKNIS", a.path("competencyType").asText());
        assertEquals("2026-03-02", a.path("startDate").asText());
        assertEquals("COMPLETED", a.path("status").asText());
        assertEquals(3, a.path("participants").asLong());
        // 2 of the 3 who finished completed.
        assertEquals(new BigDecimal("66.67"), a.path("completionRatePercent").path("value").decimalValue());
        // Gains 30/60, 50/50 and 0/40: mean 0.5.
        assertEquals(new BigDecimal("0.50"), a.path("meanGain").path("value").decimalValue());
        // D1 5, 5, 4: mean 14/3; D2-D8 4: overall (14/3 + 28) / 8 = 4.0833...
        assertEquals(3, a.path("reaction").path("respondents").asLong());
        assertEquals(new BigDecimal("4.08"), a.path("reaction").path("overall").decimalValue());
        assertEquals(time(52), Instant.parse(a.path("asOf").asText()));

        JsonNode b = province.path("items").get(1);
        assertEquals(2, b.path("reaction").path("respondents").asLong());
        assertTrue(b.path("reaction").path("overall").isNull());
        assertTrue(b.path("completionRatePercent").path("value").isNull());
        assertTrue(b.path("meanGain").path("value").isNull());
    }

    @Test
    void filtersPagesAndSorts() {
        String agency = "ORG-" + UUID.randomUUID().toString().substring(0, 8);
        scripted(agency);

        assertEquals(List.of(agency + "-B"), codes(list("73", "agency=" + agency + "&year=2025")));
        assertEquals(List.of(agency + "-A"), codes(list("73", "agency=" + agency + "&status=COMPLETED")));
        assertEquals(List.of(agency + "-B"), codes(list("73", "agency=" + agency + "&format=WORKSHOP")));
        assertEquals(List.of(agency + "-A", agency + "-B"),
                codes(list("73", "agency=" + agency + "&competencyType=TEKNIS")));
        assertEquals(List.of(), codes(list("73", "agency=" + agency + "&competencyType=MANAJERIAL")));
        assertEquals(List.of(), codes(list("73", "agency=" + agency + "-OTHER")));

        JsonNode second = list("73", "agency=" + agency + "&size=1&page=1");
        assertEquals(2, second.path("total").asLong());
        assertEquals(1, second.path("page").asInt());
        assertEquals(List.of(agency + "-B"), codes(second));
        assertEquals(List.of(agency + "-B", agency + "-A"),
                codes(list("73", "agency=" + agency + "&sort=startDate,asc")));
        assertEquals(List.of(agency + "-B", agency + "-A"),
                codes(list("73", "agency=" + agency + "&sort=code,desc")));
    }

    @Test
    void refusesRegionsOutsideTheCallersAndBadFilters() {
        get(Tokens.operator("73.72"), "73.72", "").statusCode(200);
        get(Tokens.admin(), "74", "").statusCode(200);
        Refusal.of(ProblemType.UNAUTHENTICATED).check(() -> get(null, "73", ""));
        Refusal.outsideRegions().check(() -> get(Tokens.analyst("73"), "74", ""));
        Refusal.outsideRegions().check(() -> get(Tokens.operator("73.72"), "73", ""));
        Refusal.of(ProblemType.INVALID_REQUEST, "status").check(() -> get(Tokens.analyst("73"), "73", "status=DONE"));
        Refusal.of(ProblemType.INVALID_REQUEST, "year").check(() -> get(Tokens.analyst("73"), "73", "year=last"));
        Refusal.of(ProblemType.INVALID_REQUEST, "sort").check(() -> get(Tokens.analyst("73"), "73", "sort=cost"));
    }
}
