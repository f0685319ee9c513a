package id.simonev.reporting.summary;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events put on the real topics, as the producers write them, and what the report then shows. */
@QuarkusTest
class RegionSummaryTests {

    @Inject
    EntityManager entityManager;

    private String province;
    private String city;

    /**
     * Province codes no other test of the run uses (no province has a code in the 40s), one per
     * test, so that tests share no data on the shared topics.
     */
    private static final AtomicInteger UNUSED_PROVINCES = new AtomicInteger(40);

    @BeforeEach
    void registerAFreshRegion() {
        province = String.valueOf(UNUSED_PROVINCES.getAndIncrement());
        city = province + ".71";
        Topics.publish(Topics.PROGRAMS, province, regionRegistered(province, null).toString());
        Topics.publish(Topics.PROGRAMS, city, regionRegistered(city, province).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city).statusCode(200));
    }

    private static ObjectNode regionRegistered(String code, String parent) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", "Wilayah " + code);
        data.put("parentCode", parent);
        return TestEvents.envelope("RegionRegistered", "programs-service", code, code, data);
    }

    private static ValidatableResponse summary(String token, String region) {
        return given().auth().oauth2(token).when().get("/api/v1/reports/regions/" + region + "/summary").then();
    }

    private ObjectNode programScheduled(String programId) {
        Map<String, Object> program = new HashMap<>(Map.of(
                "programId", programId, "code", "P-" + programId.substring(0, 8), "title", "Pelatihan Pelayanan Prima",
                "regionCode", city, "format", "TRAINING", "classical", true, "competencyType", "TEKNIS",
                "organisingAgencyCode", "BKPSDM-MKS", "startDate", "2026-03-02", "endDate", "2026-03-06"));
        program.putAll(Map.of("targetAgencyCodes", List.of(), "jp", 40, "capacity", 30, "passingScore", 70,
                "plannedBudget", 45_000_000, "expectedOutcomes", List.of(), "status", "SCHEDULED",
                "sessions", List.of(Map.of("number", 1, "date", "2026-03-02", "jp", 40))));
        return TestEvents.envelope("ProgramScheduled", "programs-service", programId, city, program);
    }

    private ObjectNode responseSubmitted(String unit, int... answers) {
        Map<String, Integer> byElement = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            byElement.put("U" + (i + 1), answers[i]);
        }
        String id = UUID.randomUUID().toString();
        return TestEvents.envelope("SurveyResponseSubmitted", "surveys-service", id, city, Map.of(
                "responseId", id, "instrument", "SKM", "serviceUnitCode", unit, "regionCode", city,
                "surveyDate", "2026-05-12", "answers", byElement));
    }

    private ObjectNode realisationRecorded(String indicator, String period, String periodEnd, double realisation,
                                           String capaian) {
        String id = UUID.randomUUID().toString();
        return TestEvents.envelope("RealisationRecorded", "performance-service", id, city, Map.ofEntries(
                Map.entry("realisationId", id), Map.entry("indicatorCode", indicator),
                Map.entry("agencyCode", "DISHUB-" + city), Map.entry("regionCode", city), Map.entry("period", period),
                Map.entry("periodStart", periodEnd.substring(0, 8) + "01"), Map.entry("periodEnd", periodEnd),
                Map.entry("target", 7), Map.entry("realisation", realisation), Map.entry("direction", "LOWER_IS_BETTER"),
                Map.entry("capaian", Double.parseDouble(capaian))));
    }

    private static void publish(String topic, ObjectNode event) {
        Topics.publish(topic, event.path("aggregateId").asText(), event.toString());
    }

    @Test
    void aFreshRegionHasAnEmptySummary() {
        summary(Tokens.analyst(province), city)
                .statusCode(200)
                .body("regionName", equalTo("Wilayah " + city))
                .body("programs", equalTo(0))
                .body("surveyResponses", equalTo(0))
                .body("serviceUnits", hasSize(0))
                .body("latestEventBySource.programs-service", notNullValue());
    }

    @Test
    void theWorkedSkmExampleShowsIkm83point33GradeB() {
        String unit = "PKM-" + city;
        publish(Topics.SURVEYS, responseSubmitted(unit, 4, 4, 3, 4, 3, 3, 4, 3, 4));
        publish(Topics.SURVEYS, responseSubmitted(unit, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        publish(Topics.SURVEYS, responseSubmitted(unit, 4, 3, 4, 4, 4, 4, 4, 3, 3));
        publish(Topics.SURVEYS, responseSubmitted(unit, 2, 3, 3, 4, 3, 4, 4, 3, 2));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("surveyResponses", equalTo(4)));
        summary(Tokens.admin(), city)
                .body("serviceUnits[0].serviceUnitCode", equalTo(unit))
                .body("serviceUnits[0].responses", equalTo(4))
                .body("serviceUnits[0].ikm", equalTo(83.33f))
                .body("serviceUnits[0].mutu", equalTo("B"))
                .body("serviceUnits[0].kinerja", equalTo("Baik"))
                .body("serviceUnits[0].nrr.U4", equalTo(3.75f))
                .body("serviceUnits[0].nrr.U8", equalTo(3.0f));
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        String programId = UUID.randomUUID().toString();
        ObjectNode scheduled = programScheduled(programId);
        ObjectNode response = responseSubmitted("PKM-" + city, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        publish(Topics.PROGRAMS, scheduled);
        publish(Topics.SURVEYS, response);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("programs", equalTo(1)).body("surveyResponses", equalTo(1)));

        publish(Topics.PROGRAMS, scheduled);
        publish(Topics.SURVEYS, response);
        // Events of one key stay in order: once the later marker shows, the duplicates before it were seen.
        String markerId = UUID.randomUUID().toString();
        Topics.publish(Topics.PROGRAMS, programId, programScheduled(markerId).toString());
        ObjectNode unitMarker = responseSubmitted("PKM-" + city, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Topics.publish(Topics.SURVEYS, response.path("aggregateId").asText(), unitMarker.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("programs", equalTo(2)).body("surveyResponses", equalTo(2)));
        summary(Tokens.admin(), city).body("serviceUnits[0].responses", equalTo(2));
    }

    @Test
    void theLatestPeriodOfAnIndicatorShowsWhateverTheOrderOfArrival() {
        publish(Topics.PERFORMANCE, realisationRecorded("IKU-RESPON-ADUAN", "2026-Q2", "2026-06-30", 6.5, "107.142857142857"));
        publish(Topics.PERFORMANCE, realisationRecorded("IKU-RESPON-ADUAN", "2026-Q1", "2026-03-31", 9, "71.4285714285714"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("indicators", hasSize(1)).body("indicators[0].period", equalTo("2026-Q2")));

        // A correction of an older period arrives later; the marker after it, on the same key, shows it was applied.
        ObjectNode laterQ1 = realisationRecorded("IKU-RESPON-ADUAN", "2026-Q1", "2026-03-31", 8, "85.7142857142857");
        publish(Topics.PERFORMANCE, laterQ1);
        Topics.publish(Topics.PERFORMANCE, laterQ1.path("aggregateId").asText(),
                realisationRecorded("IKU-MARKER", "2026-Q1", "2026-03-31", 7, "100").toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("indicators", hasSize(2)));
        summary(Tokens.admin(), city)
                .body("indicators.find { it.indicatorCode == 'IKU-RESPON-ADUAN' }.period", equalTo("2026-Q2"))
                .body("indicators.find { it.indicatorCode == 'IKU-RESPON-ADUAN' }.capaian", equalTo(107.14f));

        publish(Topics.PERFORMANCE, realisationRecorded("IKU-RESPON-ADUAN", "2026-Q3", "2026-09-30", 7, "100"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("indicators.find { it.indicatorCode == 'IKU-RESPON-ADUAN' }.period", equalTo("2026-Q3")));
        summary(Tokens.admin(), city)
                .body("indicators.find { it.indicatorCode == 'IKU-RESPON-ADUAN' }.capaian", equalTo(100.0f))
                .body("indicators.find { it.indicatorCode == 'IKU-RESPON-ADUAN' }.direction", equalTo("LOWER_IS_BETTER"));
    }

    @Test
    void currentAsOfIsTheEarliestOfTheProducersLatestEvents() {
        publish(Topics.PROGRAMS, programScheduled(UUID.randomUUID().toString()));
        publish(Topics.SURVEYS, responseSubmitted("PKM-" + city, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        publish(Topics.PERFORMANCE, realisationRecorded("IKU-X", "2026-Q1", "2026-03-31", 7, "100"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("programs", equalTo(1)).body("surveyResponses", equalTo(1)).body("indicators", hasSize(1)));

        var answer = summary(Tokens.admin(), city).extract().jsonPath();
        Map<String, String> latest = answer.getMap("latestEventBySource");
        String earliest = latest.values().stream().map(Instant::parse).min(Comparator.naturalOrder())
                .orElseThrow().toString();
        assertEquals(3, latest.size());
        assertEquals(earliest, Instant.parse(answer.getString("currentAsOf")).toString());
    }

    @Test
    void theSameUnitCodeInAnotherRegionIsAnotherUnit() {
        String elsewhere = province + ".72";
        Topics.publish(Topics.PROGRAMS, elsewhere, regionRegistered(elsewhere, province).toString());
        publish(Topics.SURVEYS, responseSubmitted("PKM-SAMA", 4, 4, 4, 4, 4, 4, 4, 4, 4));
        ObjectNode other = responseSubmitted("PKM-SAMA", 1, 1, 1, 1, 1, 1, 1, 1, 1);
        ((ObjectNode) other.path("data")).put("regionCode", elsewhere);
        publish(Topics.SURVEYS, other);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), province)
                .body("surveyResponses", equalTo(2)));
        summary(Tokens.admin(), city)
                .body("serviceUnits", hasSize(1))
                .body("serviceUnits[0].ikm", equalTo(100.0f));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), elsewhere)
                .statusCode(200)
                .body("serviceUnits[0].ikm", equalTo(25.0f))
                .body("serviceUnits[0].mutu", equalTo("D")));
    }

    @Test
    void aProvinceSummaryIncludesItsKabupatenKota() {
        publish(Topics.PROGRAMS, programScheduled(UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.analyst(province), province)
                .statusCode(200).body("programs", equalTo(1)));
    }

    @Test
    void anEventThatIsNotAnEnvelopeIsSkippedAndDoesNotBlockTheTopic() {
        Topics.publish(Topics.PROGRAMS, city, "this is not json");
        ObjectNode broken = programScheduled(UUID.randomUUID().toString());
        ((ObjectNode) broken.path("data")).remove("title");
        Topics.publish(Topics.PROGRAMS, city, broken.toString());
        Topics.publish(Topics.PROGRAMS, city, programScheduled(UUID.randomUUID().toString()).toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("programs", equalTo(1)));
    }

    @Test
    void anEventTheReadModelCannotHoldIsPutAsideAndTheEventsAfterItAreApplied() {
        String unholdable = UUID.randomUUID().toString();
        ObjectNode beforeTheCalendar = programScheduled(unholdable);
        // A valid date in Java that PostgreSQL cannot store: the insert fails every time it is tried.
        ((ObjectNode) beforeTheCalendar.path("data")).put("startDate", "-10000-01-01");
        Topics.publish(Topics.PROGRAMS, city, beforeTheCalendar.toString());
        Topics.publish(Topics.PROGRAMS, city, programScheduled(UUID.randomUUID().toString()).toString());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("programs", equalTo(1)));
        String error = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select error from dead_letter_event where event_id = ?1")
                .setParameter(1, UUID.fromString(beforeTheCalendar.path("id").asText())).getSingleResult());
        assertTrue(error.contains("out of range"), error);
    }

    @Test
    void theSummaryNeedsSignInAndARegionTheCallerCovers() {
        given().when().get("/api/v1/reports/regions/" + city + "/summary").then()
                .statusCode(401).contentType("application/problem+json");
        summary(Tokens.analyst("11"), city).statusCode(403).contentType("application/problem+json");
        summary(Tokens.analyst(city), province).statusCode(403);
    }

    @Test
    void anUnknownOrMalformedRegionIsAProblem() {
        summary(Tokens.admin(), "99.00").statusCode(404).body("type", equalTo("urn:simonev:problem:not-found"));
        summary(Tokens.admin(), "Makassar").statusCode(400).body("violations[0].field", equalTo("code"));
        summary(Tokens.admin(), city).body("indicators", hasSize(0)).body("serviceUnits[0]", nullValue());
    }
}
