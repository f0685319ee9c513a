package id.simonev.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import id.simonev.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system as operators run it: an operator of Kepulauan Seribu writes through the three
 * producers' APIs, and an analyst sees the reporting summary reflect every write.
 */
class SystemIT {

    private static final String REGION = "31.01";
    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    /** Posts until the producer accepts: it learns the register from programs-service's events. */
    private static void postOnceTheRegionIsKnown(String service, String path, Map<String, Object> body) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(Tokens.operator(REGION)).contentType(ContentType.JSON).body(body)
                        .when().post(system.url(service) + path).statusCode() == 201);
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
        postOnceTheRegionIsKnown("programs", "/api/v1/programs", Map.of(
                "code", "SYS-" + UUID.randomUUID().toString().substring(0, 8), "title", "Pelatihan Pelayanan Publik",
                "regionCode", REGION, "format", "WORKSHOP", "startDate", "2026-04-06", "endDate", "2026-04-08",
                "jp", 24));
        postOnceTheRegionIsKnown("surveys", "/api/v1/skm-responses", Map.of(
                "serviceUnitCode", unit, "surveyDate", "2026-06-15",
                "answers", Map.of("U1", 4, "U2", 4, "U3", 3, "U4", 4, "U5", 3, "U6", 3, "U7", 4, "U8", 3, "U9", 4)));
        postOnceTheRegionIsKnown("performance", "/api/v1/realisations", Map.of(
                "indicatorCode", indicator, "agencyCode", agency, "period", "2026-Q2",
                "target", 7, "realisation", 6.5, "direction", "LOWER_IS_BETTER"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(Tokens.analyst("31"))
                        .when().get(system.url("reporting") + "/api/v1/reports/regions/" + REGION + "/summary")
                        .then().statusCode(200)
                        .body("regionName", equalTo("Kabupaten Administrasi Kepulauan Seribu"))
                        .body("programs", equalTo(1))
                        .body("serviceUnits.find { it.serviceUnitCode == '" + unit + "' }.ikm", equalTo(88.89f))
                        .body("serviceUnits.find { it.serviceUnitCode == '" + unit + "' }.mutu", equalTo("A"))
                        .body("indicators.indicatorCode", hasItem(indicator))
                        .body("indicators.find { it.indicatorCode == '" + indicator + "' }.capaian", equalTo(107.14f))
                        .body("currentAsOf", notNullValue()));
    }
}
