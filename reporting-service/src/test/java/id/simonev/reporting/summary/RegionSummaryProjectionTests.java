package id.simonev.reporting.summary;

import static id.simonev.reporting.summary.SummaryEvents.campaignResponseSubmitted;
import static id.simonev.reporting.summary.SummaryEvents.programScheduled;
import static id.simonev.reporting.summary.SummaryEvents.realisationRecorded;
import static id.simonev.reporting.summary.SummaryEvents.regionRegistered;
import static id.simonev.reporting.summary.SummaryEvents.responseSubmitted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.inbox.Inbox;
import id.simonev.reporting.ingest.ReadModelConsumer;
import id.simonev.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The region summary's projection, fed in-process through the inbox and the consumer's handlers as
 * Kafka would feed them, and read through the report: no broker round trip, so every rule is quick to check.
 */
@QuarkusTest
class RegionSummaryProjectionTests {

    /** Codes no province has and no other test uses, one per test, so that tests share no data. */
    private static final AtomicInteger UNUSED_PROVINCES = new AtomicInteger(54);
    private static final AtomicLong OFFSETS = new AtomicLong(System.currentTimeMillis());

    @Inject
    Inbox inbox;

    @Inject
    ReadModelConsumer consumer;

    @Inject
    EntityManager entityManager;

    private String province;
    private String city;

    @BeforeEach
    void registerAFreshRegion() {
        province = String.valueOf(UNUSED_PROVINCES.getAndIncrement());
        city = province + ".71";
        apply(regionRegistered(province, null), regionRegistered(city, province));
    }

    private void apply(ObjectNode... events) {
        inbox.apply(Arrays.stream(events).map(event -> new ConsumerRecord<>("simonev.test.v1", 0,
                OFFSETS.incrementAndGet(), event.path("aggregateId").asText(), event.toString())).toList(), consumer);
    }

    private static ValidatableResponse summary(String region) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/regions/" + region + "/summary")
                .then().statusCode(200);
    }

    private String deadLetterError(ObjectNode event) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select error from dead_letter_event where event_id = ?1")
                .setParameter(1, UUID.fromString(event.path("id").asText())).getSingleResult());
    }

    @Test
    void theWorkedSkmExampleShowsIkm83point33GradeB() {
        String unit = "PKM-" + city;
        apply(responseSubmitted(city, unit, 4, 4, 3, 4, 3, 3, 4, 3, 4),
                responseSubmitted(city, unit, 3, 3, 3, 3, 3, 3, 3, 3, 3),
                responseSubmitted(city, unit, 4, 3, 4, 4, 4, 4, 4, 3, 3),
                responseSubmitted(city, unit, 2, 3, 3, 4, 3, 4, 4, 3, 2));

        summary(city)
                .body("surveyResponses", equalTo(4))
                .body("serviceUnits[0].serviceUnitCode", equalTo(unit))
                .body("serviceUnits[0].responses", equalTo(4))
                .body("serviceUnits[0].ikm", equalTo(83.33f))
                .body("serviceUnits[0].mutu", equalTo("B"))
                .body("serviceUnits[0].kinerja", equalTo("Baik"))
                .body("serviceUnits[0].nrr.U4", equalTo(3.75f))
                .body("serviceUnits[0].nrr.U8", equalTo(3.0f));
    }

    @Test
    void aCampaignsResponsesCountOnceEachWithTheirNineElementsAndNotTheExtraQuestion() {
        String unit = "PKM-" + city;
        String campaign = UUID.randomUUID().toString();
        ObjectNode first = campaignResponseSubmitted(city, unit, campaign, 1, 4, 4, 3, 4, 3, 3, 4, 3, 4);
        ObjectNode second = campaignResponseSubmitted(city, unit, campaign, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3);

        apply(first, second, first);

        summary(city)
                .body("surveyResponses", equalTo(2))
                .body("serviceUnits[0].responses", equalTo(2))
                .body("serviceUnits[0].nrr.U1", equalTo(3.5f))
                .body("serviceUnits[0].ikm", equalTo(81.94f));
    }

    @Test
    void theLatestPeriodOfAnIndicatorShowsWhateverTheOrderOfArrival() {
        apply(realisationRecorded(city, "IKU-RESPON-ADUAN", "2026-Q2", "2026-06-30", 6.5, "107.142857142857"),
                realisationRecorded(city, "IKU-RESPON-ADUAN", "2026-Q1", "2026-03-31", 9, "71.4285714285714"));
        summary(city).body("indicators", hasSize(1)).body("indicators[0].period", equalTo("2026-Q2"));

        // A correction of an older period arrives later: the latest period still shows.
        apply(realisationRecorded(city, "IKU-RESPON-ADUAN", "2026-Q1", "2026-03-31", 8, "85.7142857142857"));
        summary(city)
                .body("indicators", hasSize(1))
                .body("indicators[0].period", equalTo("2026-Q2"))
                .body("indicators[0].capaian", equalTo(107.14f));

        apply(realisationRecorded(city, "IKU-RESPON-ADUAN", "2026-Q3", "2026-09-30", 7, "100"));
        summary(city)
                .body("indicators[0].period", equalTo("2026-Q3"))
                .body("indicators[0].capaian", equalTo(100.0f))
                .body("indicators[0].direction", equalTo("LOWER_IS_BETTER"));
    }

    @Test
    void theSameUnitCodeInAnotherRegionIsAnotherUnit() {
        String elsewhere = province + ".72";
        ObjectNode other = responseSubmitted(city, "PKM-SAMA", 1, 1, 1, 1, 1, 1, 1, 1, 1);
        ((ObjectNode) other.path("data")).put("regionCode", elsewhere);
        apply(regionRegistered(elsewhere, province), responseSubmitted(city, "PKM-SAMA", 4, 4, 4, 4, 4, 4, 4, 4, 4),
                other);

        summary(province).body("surveyResponses", equalTo(2));
        summary(city).body("serviceUnits", hasSize(1)).body("serviceUnits[0].ikm", equalTo(100.0f));
        summary(elsewhere).body("serviceUnits[0].ikm", equalTo(25.0f)).body("serviceUnits[0].mutu", equalTo("D"));
    }

    @Test
    void aProvinceSummaryIncludesItsKabupatenKotaAndAnUpdatedProgramCountsOnce() {
        String programId = UUID.randomUUID().toString();
        ObjectNode updated = programScheduled(city, programId);
        updated.put("type", "ProgramUpdated");
        apply(programScheduled(city, programId), updated);

        given().auth().oauth2(Tokens.analyst(province)).when().get("/api/v1/reports/regions/" + province + "/summary")
                .then().statusCode(200).body("programs", equalTo(1));
    }

    @Test
    void eventsWhoseDataBreakTheirRulesAreDeadLettersAndChangeNothing() {
        ObjectNode outOfScale = responseSubmitted(city, "PKM-" + city, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        ((ObjectNode) outOfScale.path("data").path("answers")).put("U1", 5);
        ObjectNode incomplete = responseSubmitted(city, "PKM-" + city, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        ((ObjectNode) incomplete.path("data").path("answers")).remove("U9");
        ObjectNode withoutCapaian = realisationRecorded(city, "IKU-X", "2026-Q1", "2026-03-31", 7, "100");
        ((ObjectNode) withoutCapaian.path("data")).remove("capaian");
        ObjectNode untitled = programScheduled(city, UUID.randomUUID().toString());
        ((ObjectNode) untitled.path("data")).put("title", " ");

        apply(outOfScale, incomplete, withoutCapaian, untitled);

        summary(city).body("surveyResponses", equalTo(0)).body("indicators", hasSize(0)).body("programs", equalTo(0));
        assertTrue(deadLetterError(outOfScale).contains("must be less than or equal to 4"), deadLetterError(outOfScale));
        assertTrue(deadLetterError(incomplete).contains("must answer every SKM element"), deadLetterError(incomplete));
        assertTrue(deadLetterError(withoutCapaian).contains("data.capaian must not be null"),
                deadLetterError(withoutCapaian));
        assertTrue(deadLetterError(untitled).contains("data.title must not be blank"), deadLetterError(untitled));
    }
}
