package id.simonev.programs;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.platform.problem.ProblemType;
import id.simonev.programs.program.ProgramFixtures;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * programs-service reads requests as strictly as every service (issue 14): a program plan a
 * client got wrong is a 400 naming the field, and nothing is written.
 */
@QuarkusTest
class StrictInputTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String organiser;

    /** A plan in Makassar, organised by an agency of Makassar. */
    private static Map<String, Object> plan() {
        return ProgramFixtures.plan("73.71", organiser());
    }

    private static String organiser() {
        if (organiser == null) {
            organiser = ProgramFixtures.agency("73.71");
        }
        return organiser;
    }

    private static String json(Map<String, Object> plan) {
        try {
            return JSON.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long programs() {
        return given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void aMisspelledFieldIsRefusedNotDropped() {
        Map<String, Object> plan = plan();
        plan.put("titel", plan.remove("title"));

        Refusal.of(ProblemType.INVALID_REQUEST, "titel")
                .check(StrictInputTests::programs, () -> Http.post(PROGRAMS, Tokens.admin(), plan))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("titel"))
                .body("violations[0].message", startsWith("is not a field of this request; its fields"));
    }

    @Test
    void aFractionOfARupiahIsRefusedNotTruncated() {
        Map<String, Object> plan = plan();
        plan.put("plannedBudget", 1.5);

        Refusal.of(ProblemType.INVALID_REQUEST, "plannedBudget")
                .check(StrictInputTests::programs, () -> Http.post(PROGRAMS, Tokens.admin(), plan))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("plannedBudget"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void aFormatByItsPositionIsRefused() {
        Map<String, Object> plan = plan();
        plan.put("format", 0);

        Refusal.of(ProblemType.INVALID_REQUEST, "format")
                .check(StrictInputTests::programs, () -> Http.post(PROGRAMS, Tokens.admin(), plan))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("format"))
                .body("violations[0].message", startsWith("must be one of TRAINING, WORKSHOP"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String plan = json(plan()).replaceFirst("\\{", "{\"title\": \"Pelatihan Lain\", ");

        Refusal.of(ProblemType.INVALID_REQUEST, "title")
                .check(StrictInputTests::programs, () -> Http.post(PROGRAMS, Tokens.admin(), plan))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("title"))
                .body("violations[0].message", equalTo("is given more than once"));
    }

    @Test
    void aTitleWithHalfASurrogatePairIsRefusedNotStoredAsAQuestionMark() {
        Map<String, Object> plan = plan();
        plan.put("title", "Pelatihan HALF");
        String json = json(plan).replace("HALF", "\\ud800");

        Refusal.of(ProblemType.INVALID_REQUEST, "title")
                .check(StrictInputTests::programs, () -> Http.post(PROGRAMS, Tokens.admin(), json))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("title"))
                .body("violations[0].message",
                        equalTo("must be Unicode text, without half of a UTF-16 surrogate pair"));
    }

    @Test
    void aSessionsJpTooLargeForItsTypeIsRefusedNamingTheSession() {
        String plan = json(plan()).replaceFirst("\"jp\":8", "\"jp\":2147483648");

        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].jp")
                .check(StrictInputTests::programs, () -> Http.post(PROGRAMS, Tokens.admin(), plan))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("sessions[0].jp"))
                .body("violations[0].message", equalTo("must be a whole number from -2147483648 to 2147483647"));
    }

    @Test
    void theListBelowTheEntitlementRefusesAnUnknownSortLikeEveryList() {
        String belowEntitlement = "/api/v1/agencies/" + organiser() + "/learning-hours/below-entitlement";

        Refusal.of(ProblemType.INVALID_REQUEST, "sort")
                .check(() -> Http.as(Tokens.admin()).queryParam("sort", "nope").when().get(belowEntitlement).then())
                .body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", equalTo(
                        "must be one of jpCredited, name, nip, position, optionally followed by ,asc or ,desc"));
    }

    @Test
    void theListBelowTheEntitlementSortsAsAsked() {
        String agency = ProgramFixtures.agency("73.71");
        String first = ProgramFixtures.employee(agency);
        String second = ProgramFixtures.employee(agency);

        given().auth().oauth2(Tokens.admin()).queryParam("sort", "nip,desc")
                .when().get("/api/v1/agencies/" + agency + "/learning-hours/below-entitlement")
                .then().statusCode(200)
                .body("items.nip", contains(second, first));
    }
}
