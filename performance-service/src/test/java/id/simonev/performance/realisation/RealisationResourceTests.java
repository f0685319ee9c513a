package id.simonev.performance.realisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.EventContract;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RealisationResourceTests {

    private static final String REALISATIONS = "/api/v1/realisations";

    private static final String MAKASSAR = "DISHUB-MKS";
    private static final String JAKARTA_TIMUR = "DISHUB-JT";

    @Inject
    RealisationRepository realisations;

    @BeforeEach
    void agenciesInMakassarAndJakartaTimurAreRegistered() {
        Register.ensureAgency(MAKASSAR, "73.71");
        Register.ensureAgency(JAKARTA_TIMUR, "31.75");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> realisations.count());
    }

    /** Complaint response time of Dinas Perhubungan Makassar: target 7 days, realised 6.5. */
    static Map<String, Object> realisation(String agencyCode) {
        Map<String, Object> realisation = new HashMap<>();
        realisation.put("indicatorCode", "IKU-RESPON-ADUAN-" + UUID.randomUUID().toString().substring(0, 6));
        realisation.put("agencyCode", agencyCode);
        realisation.put("period", "2026-Q2");
        realisation.put("target", 7);
        realisation.put("realisation", 6.5);
        realisation.put("direction", "LOWER_IS_BETTER");
        return realisation;
    }

    static ValidatableResponse post(String token, Object body) {
        return Http.post(REALISATIONS, token, body);
    }

    @Test
    void anOperatorRecordsARealisationAndSeesItsCapaian() {
        String id = post(Tokens.operator("73"), realisation(MAKASSAR))
                .statusCode(201)
                .body("capaian", equalTo(107.14f))
                .body("periodStart", equalTo("2026-04-01"))
                .body("periodEnd", equalTo("2026-06-30"))
                .extract().path("id");

        Http.get(REALISATIONS + "/" + id, Tokens.analyst("73.71")).statusCode(200)
                .body("agencyCode", equalTo("DISHUB-MKS"))
                .body("direction", equalTo("LOWER_IS_BETTER"))
                .body("capaian", equalTo(107.14f));
    }

    @Test
    void aRealisationIsAnnouncedWithItsFullPrecisionCapaianAndTrueToItsContract() {
        Map<String, Object> realisation = realisation(JAKARTA_TIMUR);
        realisation.put("target", 8);
        realisation.put("realisation", 9);
        String id = post(Tokens.admin(), realisation).statusCode(201).extract().path("id");

        Topics.Event event = Topics.awaitEvents(Topics.PERFORMANCE, id, 1, Duration.ofSeconds(20)).get(0);

        assertEquals("RealisationRecorded", event.value().path("type").asText());
        assertEquals("31.75", event.value().path("region").asText());
        assertEquals(87.5, event.value().path("data").path("capaian").asDouble());
        assertEquals("2026-06-30", event.value().path("data").path("periodEnd").asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void theEventCarriesCapaianWithEveryDigit() {
        Map<String, Object> realisation = realisation(MAKASSAR);
        realisation.put("target", 3);
        realisation.put("realisation", 1);
        realisation.put("direction", "HIGHER_IS_BETTER");
        String id = post(Tokens.admin(), realisation).statusCode(201).body("capaian", equalTo(33.33f))
                .extract().path("id");

        Topics.Event event = Topics.awaitEvents(Topics.PERFORMANCE, id, 1, Duration.ofSeconds(20)).get(0);

        assertEquals(new BigDecimal("33.33333333333333333333333333333333"),
                event.value().path("data").path("capaian").decimalValue());
    }

    @Test
    void theSamePeriodTwiceIsA409() {
        Map<String, Object> realisation = realisation(MAKASSAR);
        post(Tokens.admin(), realisation).statusCode(201);

        Refusal.of(ProblemType.CONFLICT).check(this::stored, () -> post(Tokens.admin(), realisation));
    }

    @Test
    void badValuesAreA400NamingEachFieldAndNothingIsStored() {
        Map<String, Object> realisation = realisation(MAKASSAR);
        realisation.put("target", 0);
        realisation.put("realisation", -1);
        realisation.put("period", "2026-Q5");
        realisation.remove("agencyCode");

        Refusal.of(ProblemType.INVALID_REQUEST, "agencyCode").check(this::stored,
                        () -> post(Tokens.admin(), realisation))
                .body("violations.field", contains("agencyCode", "period", "realisation", "target"));
    }

    @Test
    void anUnknownDirectionOrANumberWrittenAsWordsIsA400() {
        Map<String, Object> direction = realisation(MAKASSAR);
        direction.put("direction", "SIDEWAYS");
        Refusal.of(ProblemType.INVALID_REQUEST, "direction").check(this::stored, () -> post(Tokens.admin(), direction))
                .body("violations[0].message", equalTo("must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER"));

        Map<String, Object> words = realisation(MAKASSAR);
        words.put("target", "tujuh");
        Refusal.of(ProblemType.INVALID_REQUEST, "target").check(this::stored, () -> post(Tokens.admin(), words));
    }

    @Test
    void anAgencyNotInTheRegisterIsA422() {
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "agencyCode").check(this::stored,
                () -> post(Tokens.admin(), realisation("NO-SUCH-AGENCY")));
    }

    @Test
    void signInIsRequiredAndRolesAndRegionsAreEnforced() {
        Refusal.of(ProblemType.UNAUTHENTICATED).check(this::stored, () -> given().contentType(ContentType.JSON)
                .body(realisation(MAKASSAR)).when().post(REALISATIONS).then());
        Refusal.byRole().check(this::stored, () -> post(Tokens.analyst("73"), realisation(MAKASSAR)));
        Refusal.outsideRegions().check(this::stored, () -> post(Tokens.operator("31"), realisation(MAKASSAR)))
                .body("detail", startsWith("Your token does not cover region 73.71"));
    }

    @Test
    void aRetryWithItsIdempotencyKeyIsNotA409ButTheFirstAnswer() {
        Map<String, Object> realisation = realisation(MAKASSAR);
        String key = UUID.randomUUID().toString();

        String first = Http.postOnce(REALISATIONS, Tokens.admin(), key, realisation)
                .statusCode(201).extract().path("id");
        String retried = Http.postOnce(REALISATIONS, Tokens.admin(), key, realisation)
                .statusCode(201).body("capaian", equalTo(107.14f)).extract().path("id");

        assertEquals(first, retried);
        Refusal.of(ProblemType.INVALID_REQUEST, "Idempotency-Key").check(this::stored,
                () -> Http.postOnce(REALISATIONS, Tokens.admin(), "x".repeat(201), realisation(MAKASSAR)));
    }
}
