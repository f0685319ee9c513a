package id.simonev.programs;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.programs.program.ProgramFixtures;
import id.simonev.testing.Http;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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

    /** Posts the plan and checks that it was refused for {@code field} and that no program was written. */
    private static ValidatableResponse refused(Object plan, String field) {
        long before = programs();
        ValidatableResponse refusal = Http.post(PROGRAMS, Tokens.admin(), plan)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:invalid-request"))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo(field));
        assertEquals(before, programs());
        return refusal;
    }

    @Test
    void aMisspelledFieldIsRefusedNotDropped() {
        Map<String, Object> plan = plan();
        plan.put("titel", plan.remove("title"));

        refused(plan, "titel").body("violations[0].message", startsWith("is not a field of this request; its fields"));
    }

    @Test
    void aFractionOfARupiahIsRefusedNotTruncated() {
        Map<String, Object> plan = plan();
        plan.put("plannedBudget", 1.5);

        refused(plan, "plannedBudget").body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void aFormatByItsPositionIsRefused() {
        Map<String, Object> plan = plan();
        plan.put("format", 0);

        refused(plan, "format").body("violations[0].message", startsWith("must be one of TRAINING, WORKSHOP"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String plan = json(plan()).replaceFirst("\\{", "{\"title\": \"Pelatihan Lain\", ");

        refused(plan, "title").body("violations[0].message", equalTo("is given more than once"));
    }

    @Test
    void aTitleWithHalfASurrogatePairIsRefusedNotStoredAsAQuestionMark() {
        Map<String, Object> plan = plan();
        plan.put("title", "Pelatihan HALF");
        String json = json(plan).replace("HALF", "\\ud800");

        refused(json, "title").body("violations[0].message",
                equalTo("must be Unicode text, without half of a UTF-16 surrogate pair"));
    }

    @Test
    void aSessionsJpTooLargeForItsTypeIsRefusedNamingTheSession() {
        String plan = json(plan()).replaceFirst("\"jp\":8", "\"jp\":2147483648");

        refused(plan, "sessions[0].jp")
                .body("violations[0].message", equalTo("must be a whole number from -2147483648 to 2147483647"));
    }

    @Test
    void theListBelowTheEntitlementRefusesAnUnknownSortLikeEveryList() {
        String belowEntitlement = "/api/v1/agencies/" + organiser() + "/learning-hours/below-entitlement";

        given().auth().oauth2(Tokens.admin()).queryParam("sort", "nope").when().get(belowEntitlement)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("sort"))
                .body("violations[0].message",
                        equalTo("must be one of jpCredited, name, nip, position, optionally followed by ,asc or ,desc"));
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
