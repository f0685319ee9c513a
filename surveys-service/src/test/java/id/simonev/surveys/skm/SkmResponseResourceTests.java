package id.simonev.surveys.skm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkmResponseResourceTests {

    private static final String RESPONSES = "/api/v1/skm-responses";

    private static final String MAKASSAR_UNIT = "PKM-MKS-01";
    private static final String KUPANG_UNIT = "PKM-KPG-01";

    @Inject
    SkmResponseRepository responses;

    @BeforeEach
    void aPuskesmasInMakassarAndOneInKupangAreRegistered() {
        Register.ensureAgency("DINKES-MKS", "73.71");
        Register.ensureServiceUnit(MAKASSAR_UNIT, "DINKES-MKS", "73.71");
        Register.ensureAgency("DINKES-KPG", "53.71");
        Register.ensureServiceUnit(KUPANG_UNIT, "DINKES-KPG", "53.71");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> responses.count());
    }

    static Map<String, Object> response(String serviceUnitCode) {
        Map<String, Object> answers = new HashMap<>(Map.of(
                "U1", 4, "U2", 4, "U3", 3, "U4", 4, "U5", 3, "U6", 3, "U7", 4, "U8", 3, "U9", 4));
        Map<String, Object> response = new HashMap<>();
        response.put("serviceUnitCode", serviceUnitCode);
        response.put("surveyDate", "2026-05-12");
        response.put("answers", answers);
        response.put("respondent", Map.of("gender", "P", "age", 34, "education", "S1", "occupation", "SWASTA"));
        return response;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answers(Map<String, Object> response) {
        return (Map<String, Object>) response.get("answers");
    }

    static ValidatableResponse post(String token, Object body) {
        return Http.post(RESPONSES, token, body);
    }

    @Test
    void anOperatorRecordsAResponseAndReadsItBack() {
        String id = post(Tokens.operator("73.71"), response(MAKASSAR_UNIT))
                .statusCode(201)
                .body("answers.U3", equalTo(3))
                .body("answers.U9", equalTo(4))
                .body("respondent.gender", equalTo("P"))
                .extract().path("id");

        Http.get(RESPONSES + "/" + id, Tokens.analyst("73")).statusCode(200)
                .body("serviceUnitCode", equalTo("PKM-MKS-01"))
                .body("surveyDate", equalTo("2026-05-12"))
                .body("answers.U1", equalTo(4));
    }

    @Test
    void aResponseIsAnnouncedKeyedByItsIdTrueToItsContractAndWithoutAName() {
        String id = post(Tokens.admin(), response(KUPANG_UNIT)).statusCode(201).extract().path("id");

        Topics.Event event = Topics.awaitEvents(Topics.SURVEYS, id, 1, Duration.ofSeconds(20)).get(0);

        assertEquals("SurveyResponseSubmitted", event.value().path("type").asText());
        assertEquals("surveys-service", event.value().path("source").asText());
        assertEquals("53.71", event.value().path("region").asText());
        assertEquals(3, event.value().path("data").path("answers").path("U8").asInt());
        assertFalse(event.value().toString().toLowerCase().contains("\"name\""));
        EventContract.assertValid(event.value());
    }

    @Test
    void everyUnansweredElementIsNamed() {
        Map<String, Object> response = response(MAKASSAR_UNIT);
        answers(response).remove("U3");
        answers(response).remove("U8");

        Refusal.of(ProblemType.INVALID_REQUEST, "answers.U3").check(this::stored, () -> post(Tokens.admin(), response))
                .body("violations.field", contains("answers.U3", "answers.U8"));
    }

    @Test
    void anAnswerOutsideOneToFourIsA400NamingTheElement() {
        Map<String, Object> response = response(MAKASSAR_UNIT);
        answers(response).put("U2", 5);
        answers(response).put("U6", 0);

        Refusal.of(ProblemType.INVALID_REQUEST, "answers.U2").check(this::stored, () -> post(Tokens.admin(), response))
                .body("violations.field", contains("answers.U2", "answers.U6"))
                .body("violations[0].message", equalTo("must be less than or equal to 4"));
    }

    @Test
    void anAnswerThatIsNotANumberOrAnUnknownElementIsA400() {
        Map<String, Object> notANumber = response(MAKASSAR_UNIT);
        answers(notANumber).put("U1", "sangat baik");
        Refusal.of(ProblemType.INVALID_REQUEST, "answers.U1").check(this::stored,
                () -> post(Tokens.admin(), notANumber));

        Map<String, Object> unknownElement = response(MAKASSAR_UNIT);
        answers(unknownElement).put("U10", 4);
        post(Tokens.admin(), unknownElement)
                .statusCode(400)
                .body("detail", startsWith("answers"));
    }

    @Test
    void aSurveyDateInTheFutureOrAMissingUnitIsA400() {
        Map<String, Object> response = response(MAKASSAR_UNIT);
        response.put("surveyDate", LocalDate.now().plusDays(2).toString());
        response.remove("serviceUnitCode");

        Refusal.of(ProblemType.INVALID_REQUEST, "surveyDate").check(this::stored, () -> post(Tokens.admin(), response))
                .body("violations.field", contains("serviceUnitCode", "surveyDate"));
    }

    @Test
    void aUnitNotInTheRegisterIsA422AndNothingIsStored() {
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "serviceUnitCode").check(this::stored,
                () -> post(Tokens.admin(), response("PKM-NOT-REGISTERED")));
    }

    @Test
    void aUnitRegisteredByProgramsServiceBecomesUsableAndGivesTheResponseItsRegion() {
        String code = "PKM-NEW-" + UUID.randomUUID().toString().substring(0, 6);
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "serviceUnitCode").check(this::stored,
                () -> post(Tokens.admin(), response(code)));

        Register.ensureAgency("DINKES-JT", "31.75");
        Register.ensureServiceUnit(code, "DINKES-JT", "31.75");

        post(Tokens.operator("31"), response(code)).statusCode(201).body("regionCode", equalTo("31.75"));
    }

    @Test
    void signInIsRequiredAndRolesAndRegionsAreEnforced() {
        Refusal.of(ProblemType.UNAUTHENTICATED).check(this::stored, () -> given().contentType(ContentType.JSON)
                .body(response(MAKASSAR_UNIT)).when().post(RESPONSES).then());
        Refusal.byRole().check(this::stored, () -> post(Tokens.analyst("73"), response(MAKASSAR_UNIT)));
        Refusal.outsideRegions().check(this::stored, () -> post(Tokens.operator("53.71"), response(MAKASSAR_UNIT)))
                .body("detail", startsWith("Your token does not cover region 73.71"));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(RESPONSES + "/" + UUID.randomUUID(),
                Tokens.operator("53")));
    }

    @Test
    void aRetriedResponseWithItsIdempotencyKeyIsStoredOnce() {
        long before = stored();
        Map<String, Object> response = response(MAKASSAR_UNIT);
        String key = "sheet-" + UUID.randomUUID();

        String first = Http.postOnce(RESPONSES, Tokens.operator("73.71"), key, response)
                .statusCode(201).extract().path("id");
        String retried = Http.postOnce(RESPONSES, Tokens.operator("73.71"), key, response)
                .statusCode(201).extract().path("id");

        assertEquals(first, retried);
        assertEquals(before + 1, stored());
    }
}
