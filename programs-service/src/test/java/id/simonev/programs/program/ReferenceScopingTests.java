package id.simonev.programs.program;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every code or NIP inside a body or a file is a reference the caller must be allowed to reach:
 * an operator of Makassar (73.71) names nothing of Jakarta Pusat (31.71) in its programs.
 */
@QuarkusTest
class ReferenceScopingTests {

    private static final String MAKASSAR_OPERATOR = Tokens.operator("73.71");

    private static String makassarAgency;
    private static String jakartaAgency;

    private static String makassarAgency() {
        if (makassarAgency == null) {
            makassarAgency = ProgramFixtures.agency("73.71");
            jakartaAgency = ProgramFixtures.agency("31.71");
        }
        return makassarAgency;
    }

    private static String jakartaAgency() {
        makassarAgency();
        return jakartaAgency;
    }

    private static long programsOfMakassar() {
        return given().auth().oauth2(Tokens.admin()).queryParam("region", "73.71").when().get(PROGRAMS).then()
                .statusCode(200).extract().jsonPath().getLong("total");
    }

    private static void refusedNaming(ValidatableResponse response, String field, String reference) {
        response.statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:forbidden"))
                .body("violations.field", contains(field))
                .body("violations[0].message", equalTo(reference + " is in region 31.71, which your token does not cover"));
    }

    /** A draft of Makassar changed by {@code change} is refused naming {@code field}, and nothing is written. */
    private static void draftRefused(Consumer<Map<String, Object>> change, String field, String reference) {
        Map<String, Object> plan = ProgramFixtures.plan("73.71", makassarAgency());
        change.accept(plan);
        long before = programsOfMakassar();

        refusedNaming(ProgramFixtures.post(PROGRAMS, MAKASSAR_OPERATOR, plan), field, reference);

        assertEquals(before, programsOfMakassar());
    }

    @Test
    void anOrganisingAgencyOfAnotherRegionIsRefused() {
        draftRefused(plan -> plan.put("organisingAgencyCode", jakartaAgency()), "organisingAgencyCode",
                "agency " + jakartaAgency());
    }

    @Test
    void aTargetAgencyOfAnotherRegionIsRefusedByItsPlaceInTheList() {
        draftRefused(plan -> plan.put("targetAgencyCodes", List.of(makassarAgency(), jakartaAgency())),
                "targetAgencyCodes[1]", "agency " + jakartaAgency());
    }

    @Test
    void anOutcomeIndicatorOfAnAgencyOfAnotherRegionIsRefused() {
        draftRefused(plan -> plan.put("expectedOutcomes", List.of(Map.of("indicatorCode", "IKU-RESPON-ADUAN",
                        "agencyCode", jakartaAgency(), "expectedChange", "DECREASE"))),
                "expectedOutcomes[0].agencyCode", "agency " + jakartaAgency());
    }

    @Test
    void anOutcomeServiceUnitOfAnotherRegionIsRefused() {
        String unit = ProgramFixtures.serviceUnit(jakartaAgency());
        draftRefused(plan -> plan.put("expectedOutcomes", List.of(Map.of("serviceUnitCode", unit,
                        "expectedChange", "INCREASE"))),
                "expectedOutcomes[0].serviceUnitCode", "service unit " + unit);
    }

    @Test
    void aPlanChangeToAnotherRegionsAgencyIsRefusedAndThePlanStays() {
        Map<String, Object> plan = ProgramFixtures.plan("73.71", makassarAgency());
        String id = ProgramFixtures.post(PROGRAMS, MAKASSAR_OPERATOR, plan).statusCode(201).extract().path("id");
        plan.put("targetAgencyCodes", List.of(jakartaAgency()));

        refusedNaming(ProgramFixtures.put(PROGRAMS + "/" + id, MAKASSAR_OPERATOR, plan), "targetAgencyCodes[0]",
                "agency " + jakartaAgency());

        given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS + "/" + id).then()
                .body("targetAgencyCodes.size()", equalTo(0));
    }

    @Test
    void anEmployeeOfAnotherRegionCannotBeEnrolledNorReadThroughTheParticipantList() {
        Map<String, Object> plan = ProgramFixtures.plan("73.71", makassarAgency());
        String id = ProgramFixtures.post(PROGRAMS, MAKASSAR_OPERATOR, plan).statusCode(201).extract().path("id");
        ProgramFixtures.moveTo(id, "SCHEDULED");
        String jakartan = ProgramFixtures.employee(jakartaAgency());
        String participants = PROGRAMS + "/" + id + "/participants";

        refusedNaming(ProgramFixtures.post(participants, MAKASSAR_OPERATOR, Map.of("nip", jakartan)), "nip",
                "employee " + jakartan);
        given().auth().oauth2(MAKASSAR_OPERATOR).contentType("text/csv").body("nip\n" + jakartan + "\n")
                .when().post(participants + "/import").then()
                .statusCode(422)
                .body("type", equalTo("urn:simonev:problem:invalid-rows"))
                .body("violations.line", contains(2))
                .body("violations[0].field", equalTo("nip"))
                .body("violations[0].message", equalTo("employee " + jakartan
                        + " is in region 31.71, which your token does not cover"));

        given().auth().oauth2(MAKASSAR_OPERATOR).when().get(participants).then()
                .statusCode(200).body("total", equalTo(0));
    }
}
