package id.simonev.reporting.summary;

import static id.simonev.reporting.summary.SummaryEvents.programScheduled;
import static id.simonev.reporting.summary.SummaryEvents.realisationRecorded;
import static id.simonev.reporting.summary.SummaryEvents.regionRegistered;
import static id.simonev.reporting.summary.SummaryEvents.responseSubmitted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events put on the real topics, as the producers write them, and what the report then shows: the
 * end-to-end path through Kafka. The projection's rules are checked in-process by
 * {@link RegionSummaryProjectionTests}.
 */
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

    private static ValidatableResponse summary(String token, String region) {
        return given().auth().oauth2(token).when().get("/api/v1/reports/regions/" + region + "/summary").then();
    }

    private static void publish(String topic, ObjectNode event) {
        Topics.publish(topic, event.path("aggregateId").asText(), event.toString());
    }

    private boolean applied(ObjectNode event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1")
                .setParameter(1, UUID.fromString(event.path("id").asText())).getSingleResult()).longValue() == 1);
    }

    private String deadLetterError(String column, Object value) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select error from dead_letter_event where " + column + " = ?1")
                .setParameter(1, value).getSingleResult());
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
    void theSameEventDeliveredTwiceCountsOnce() {
        String programId = UUID.randomUUID().toString();
        ObjectNode scheduled = programScheduled(city, programId);
        ObjectNode response = responseSubmitted(city, "PKM-" + city, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        publish(Topics.PROGRAMS, scheduled);
        publish(Topics.SURVEYS, response);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("programs", equalTo(1)).body("surveyResponses", equalTo(1)));

        publish(Topics.PROGRAMS, scheduled);
        publish(Topics.SURVEYS, response);
        // Events of one key stay in order: once the later marker shows, the duplicates before it were seen.
        String markerId = UUID.randomUUID().toString();
        Topics.publish(Topics.PROGRAMS, programId, programScheduled(city, markerId).toString());
        ObjectNode unitMarker = responseSubmitted(city, "PKM-" + city, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Topics.publish(Topics.SURVEYS, response.path("aggregateId").asText(), unitMarker.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("programs", equalTo(2)).body("surveyResponses", equalTo(2)));
        summary(Tokens.admin(), city).body("serviceUnits[0].responses", equalTo(2));
    }

    @Test
    void currentAsOfIsTheEarliestOfTheProducersLatestEvents() {
        publish(Topics.PROGRAMS, programScheduled(city, UUID.randomUUID().toString()));
        publish(Topics.SURVEYS, responseSubmitted(city, "PKM-" + city, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        publish(Topics.PERFORMANCE, realisationRecorded(city, "IKU-X", "2026-Q1", "2026-03-31", 7, "100"));
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
    void aProvinceSummaryIncludesItsKabupatenKota() {
        publish(Topics.PROGRAMS, programScheduled(city, UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(Tokens.analyst(province), province)
                .statusCode(200).body("programs", equalTo(1)));
    }

    @Test
    void aRecordThatIsNotAnEnvelopeOrAnEventWithoutATitleIsADeadLetterAndDoesNotBlockTheTopic() {
        String notJson = "this is not json, in " + city;
        ObjectNode untitled = programScheduled(city, UUID.randomUUID().toString());
        ((ObjectNode) untitled.path("data")).remove("title");
        ObjectNode good = programScheduled(city, UUID.randomUUID().toString());
        // One key, so one partition, in this order: once the good event is applied, the two before it were read.
        Topics.publish(Topics.PROGRAMS, city, notJson);
        Topics.publish(Topics.PROGRAMS, city, untitled.toString());
        Topics.publish(Topics.PROGRAMS, city, good.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good));
        // Had either bad record been applied as a program, there would be two or three.
        summary(Tokens.admin(), city).body("programs", equalTo(1));
        assertTrue(deadLetterError("record", notJson).startsWith("not an event envelope"));
        assertEquals("its data is invalid: data.title must not be blank",
                deadLetterError("event_id", UUID.fromString(untitled.path("id").asText())));
    }

    @Test
    void anEventTheReadModelCannotHoldIsPutAsideAndTheEventsAfterItAreApplied() {
        String unholdable = UUID.randomUUID().toString();
        ObjectNode beforeTheCalendar = programScheduled(city, unholdable);
        // A valid date in Java that PostgreSQL cannot store: the insert fails every time it is tried.
        ((ObjectNode) beforeTheCalendar.path("data")).put("startDate", "-10000-01-01");
        Topics.publish(Topics.PROGRAMS, city, beforeTheCalendar.toString());
        Topics.publish(Topics.PROGRAMS, city, programScheduled(city, UUID.randomUUID().toString()).toString());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> summary(Tokens.admin(), city)
                .body("programs", equalTo(1)));
        String error = deadLetterError("event_id", UUID.fromString(beforeTheCalendar.path("id").asText()));
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
