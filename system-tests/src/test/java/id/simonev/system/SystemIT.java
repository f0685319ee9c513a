package id.simonev.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import id.simonev.platform.region.OfficeDate;
import id.simonev.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system as operators run it: an operator of Kepulauan Seribu writes through the three
 * producers' APIs, a citizen answers the unit's survey through its public code without a token,
 * and an analyst sees the reporting summary reflect every write.
 */
class SystemIT {

    private static final String REGION = "31.01";
    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem();
        system.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    /**
     * Posts until the producer accepts, and answers its acceptance: it learns the register from
     * programs-service's events. When it never does, the failure shows the last answer and the end of
     * every service's log.
     */
    private static Response postOnceTheRegionIsKnown(String service, String path, Map<String, Object> body) {
        AtomicReference<String> lastAnswer = new AtomicReference<>("none");
        AtomicReference<Response> accepted = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                Response response = given().auth().oauth2(Tokens.operator(REGION)).contentType(ContentType.JSON)
                        .body(body).when().post(system.url(service) + path);
                lastAnswer.set(response.statusCode() + " " + response.asString());
                if (response.statusCode() == 201) {
                    accepted.set(response);
                }
                return accepted.get() != null;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("POST " + service + path + " was not accepted; its last answer: "
                    + lastAnswer.get() + "\n" + system.logTails(), e);
        }
        return accepted.get();
    }

    @Test
    void writesThroughTheProducersShowInTheRegionSummary() {
        String unit = "PKM-SERIBU-" + UUID.randomUUID().toString().substring(0, 6);
        String indicator = "IKU-RESPON-ADUAN-" + UUID.randomUUID().toString().substring(0, 6);

        String agency = "DINKES-SERIBU-" + UUID.randomUUID().toString().substring(0, 6);
        postOnceTheRegionIsKnown("programs", "/api/v1/agencies", Map.of(
                "code", agency, "name", "Dinas Kesehatan Kepulauan Seribu", "regionCode", REGION));
        postOnceTheRegionIsKnown("programs", "/api/v1/service-units", Map.of(
                "code", unit, "name", "Puskesmas Pulau Pramuka", "agencyCode", agency));
        String program = given().auth().oauth2(Tokens.operator(REGION)).contentType(ContentType.JSON)
                .body(Map.ofEntries(Map.entry("code", "SYS-" + UUID.randomUUID().toString().substring(0, 8)),
                        Map.entry("title", "Pelatihan Pelayanan Publik"), Map.entry("regionCode", REGION),
                        Map.entry("format", "WORKSHOP"), Map.entry("competencyType", "TEKNIS"),
                        Map.entry("organisingAgencyCode", agency), Map.entry("startDate", "2026-04-06"),
                        Map.entry("endDate", "2026-04-08"), Map.entry("sessions", List.of(
                                Map.of("date", "2026-04-06", "jp", 8), Map.of("date", "2026-04-08", "jp", 8))),
                        Map.entry("capacity", 25), Map.entry("passingScore", 70),
                        Map.entry("plannedBudget", 30_000_000)))
                .when().post(system.url("programs") + "/api/v1/programs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.operator(REGION)).contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED"))
                .when().post(system.url("programs") + "/api/v1/programs/" + program + "/status-changes")
                .then().statusCode(200);
        // A citizen answers only while the campaign is open and today lies within its dates.
        LocalDate today = OfficeDate.today();
        String campaign = postOnceTheRegionIsKnown("surveys", "/api/v1/campaigns", Map.of(
                "serviceUnitCode", unit, "startDate", today.minusDays(7).toString(),
                "endDate", today.plusDays(7).toString()))
                .then().extract().path("id");
        String publicCode = given().auth().oauth2(Tokens.operator(REGION))
                .when().post(system.url("surveys") + "/api/v1/campaigns/" + campaign + "/open")
                .then().statusCode(200).extract().path("publicCode");
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("U1", 4, "U2", 4, "U3", 3, "U4", 4, "U5", 3, "U6", 3, "U7", 4,
                        "U8", 3, "U9", 4)))
                .when().post(system.url("surveys") + "/api/v1/public/surveys/" + publicCode + "/responses")
                .then().statusCode(201);
        String indicatorId = postOnceTheRegionIsKnown("performance", "/api/v1/indicators", Map.of(
                "code", indicator, "name", "Waktu respon pengaduan", "agencyCode", agency, "unit", "DAYS",
                "direction", "LOWER_IS_BETTER", "periodType", "QUARTER", "aggregation", "AVERAGE"))
                .then().extract().path("id");
        given().auth().oauth2(Tokens.operator(REGION)).contentType(ContentType.JSON).body(Map.of("value", 7))
                .when().put(system.url("performance") + "/api/v1/indicators/" + indicatorId + "/targets/2026-Q2")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.operator(REGION)).contentType(ContentType.JSON)
                .body(Map.of("period", "2026-Q2", "value", 6.5))
                .when().post(system.url("performance") + "/api/v1/indicators/" + indicatorId + "/realisations")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(Tokens.analyst("31"))
                        .when().get(system.url("reporting") + "/api/v1/reports/regions/" + REGION + "/summary")
                        .then().statusCode(200)
                        .body("regionName", equalTo("Kabupaten Administrasi Kepulauan Seribu"))
                        .body("programs", equalTo(1))
                        .body("surveyResponses", equalTo(1))
                        .body("serviceUnits.find { it.serviceUnitCode == '" + unit + "' }.ikm", equalTo(88.89f))
                        .body("serviceUnits.find { it.serviceUnitCode == '" + unit + "' }.mutu", equalTo("A"))
                        .body("indicators.indicatorCode", hasItem(indicator))
                        .body("indicators.find { it.indicatorCode == '" + indicator + "' }.capaian", equalTo(107.14f))
                        .body("currentAsOf", notNullValue()));
    }
}
