package id.simonev.programs.program;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static id.simonev.testing.Http.as;
import static id.simonev.testing.Http.post;
import static id.simonev.testing.Http.put;
import static id.simonev.testing.Http.read;
import static id.simonev.testing.Http.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
        return as(Tokens.admin()).queryParam("region", "73.71").when().get(PROGRAMS).then()
                .statusCode(200).extract().jsonPath().getLong("total");
    }

    /** {@code request} is refused naming {@code field} and the reference of Jakarta, and {@code state} stays. */
    private static void refusedNaming(Supplier<?> state, Supplier<ValidatableResponse> request, String field,
                                      String reference) {
        Refusal.of(ProblemType.FORBIDDEN, field).check(state, request)
                .body("violations.field", contains(field))
                .body("violations[0].message", equalTo(reference + " is in region 31.71, which your token does not cover"));
    }

    /** A draft of Makassar changed by {@code change} is refused naming {@code field}, and nothing is written. */
    private static void draftRefused(Consumer<Map<String, Object>> change, String field, String reference) {
        Map<String, Object> plan = ProgramFixtures.plan("73.71", makassarAgency());
        change.accept(plan);

        refusedNaming(ReferenceScopingTests::programsOfMakassar, () -> post(PROGRAMS, MAKASSAR_OPERATOR, plan), field,
                reference);
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
        String id = post(PROGRAMS, MAKASSAR_OPERATOR, plan).statusCode(201).extract().path("id");
        plan.put("targetAgencyCodes", List.of(jakartaAgency()));

        refusedNaming(() -> read(PROGRAMS + "/" + id), () -> put(PROGRAMS + "/" + id, MAKASSAR_OPERATOR, plan),
                "targetAgencyCodes[0]", "agency " + jakartaAgency());

        as(Tokens.admin()).when().get(PROGRAMS + "/" + id).then()
                .body("targetAgencyCodes.size()", equalTo(0));
    }

    @Test
    void anEmployeeOfAnotherRegionCannotBeEnrolledNorReadThroughTheParticipantList() {
        Map<String, Object> plan = ProgramFixtures.plan("73.71", makassarAgency());
        String id = post(PROGRAMS, MAKASSAR_OPERATOR, plan).statusCode(201).extract().path("id");
        ProgramFixtures.moveTo(id, "SCHEDULED");
        String jakartan = ProgramFixtures.employee(jakartaAgency());
        String participants = PROGRAMS + "/" + id + "/participants";

        refusedNaming(() -> read(participants), () -> post(participants, MAKASSAR_OPERATOR, Map.of("nip", jakartan)),
                "nip", "employee " + jakartan);
        Refusal.of(ProblemType.INVALID_ROWS, "nip").check(() -> read(participants),
                        () -> upload(participants + "/import", MAKASSAR_OPERATOR, "nip\n" + jakartan + "\n"))
                .body("violations.line", contains(2))
                .body("violations[0].message", equalTo("employee " + jakartan
                        + " is in region 31.71, which your token does not cover"));

        as(MAKASSAR_OPERATOR).when().get(participants).then()
                .statusCode(200).body("total", equalTo(0));
    }
}
