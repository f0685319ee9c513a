package id.simonev.reporting.evaluation;

import static id.simonev.reporting.ReadModels.assertDecimal;
import static id.simonev.reporting.ReadModels.assertText;
import static id.simonev.reporting.ReadModels.evaluation;
import static id.simonev.reporting.ReadModels.json;
import static id.simonev.reporting.ReadModels.publishAndWait;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Level 4 of a program's evaluation from the events of the three producers put on their real topics, read
 * through {@code GET /api/v1/programs/{programId}/evaluation} and the region's program list, against figures
 * computed by hand. Each test has a region of its own, so that no other test's indicators or units join its
 * comparison group.
 */
@QuarkusTest
class ProgramResultsTests {

    @Inject
    EntityManager entityManager;

    /**
     * DOMAIN's worked example, quarterly, for a program of 14-18 April 2025: treated indicator capaian 80, 90
     * before (2024-Q4, 2025-Q1) and 110, 120 after (2025-Q3, 2025-Q4); the comparison group's indicator A 90, 100
     * to 100, 110 and B 100, 100 to 100, 110 (B's 2025-Q4 first recorded as 105, then corrected to 110). Left out
     * of the group: another indicator of the participants' agency, a monthly indicator of the other agency, and
     * the program's own quarter 2025-Q2 everywhere.
     */
    private static List<ObjectNode> domainExample(ResultsEvents events) {
        String health = events.agency("DINKES");
        String transport = events.agency("DISHUB");
        List<ObjectNode> script = new ArrayList<>(List.of(
                events.planned(0, List.of(health + "/IKU-01")),
                events.enrolled(1, 1, health), events.enrolled(2, 2, health),
                events.indicatorDefined(3, health, "IKU-01", "QUARTER"),
                events.indicatorDefined(4, health, "IKU-02", "QUARTER"),
                events.indicatorDefined(5, transport, "IKU-A", "QUARTER"),
                events.indicatorDefined(6, transport, "IKU-B", "QUARTER"),
                events.indicatorDefined(7, transport, "IKU-M", "MONTH"),
                events.realised(10, transport, "IKU-M", "2025-01", 10)));
        int second = 20;
        for (String[] row : new String[][] {{health, "IKU-01", "80", "90", "50", "110", "120"},
                {health, "IKU-02", "10", "10", "10", "10", "10"},
                {transport, "IKU-A", "90", "100", "10", "100", "110"},
                {transport, "IKU-B", "100", "100", "10", "100", "105"}}) {
            String[] periods = {"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"};
            for (int i = 0; i < periods.length; i++) {
                script.add(events.realised(second++, row[0], row[1], periods[i], Integer.parseInt(row[i + 2])));
            }
        }
        script.add(events.corrected(40, transport, "IKU-B", "2025-Q4", 105, 110));
        return script;
    }

    @Test
    void domainsWorkedExampleGivesADifferenceInDifferencesOf22Point5() {
        ResultsEvents events = new ResultsEvents("96.01");
        publishAndWait(entityManager, domainExample(events));

        JsonNode results = evaluation(province(events), events.programId, "").at("/results");
        assertText("windows:n-periods-v1", results, "/windowsRule");
        assertText("2", results, "/windows/periods");
        assertText("2026-01-05T01:00:40Z", results, "/asOf");
        JsonNode outcome = results.at("/outcomes/0");
        assertText("INDICATOR", outcome, "/kind");
        assertText("IKU-01", outcome, "/indicatorCode");
        assertText("Indikator IKU-01", outcome, "/name");
        assertText("capaian:v1", outcome, "/valueRule");
        assertText("did:capaian-v1", outcome, "/rule");
        assertEquals(List.of("2024-Q4", "2025-Q1"), codes(outcome.at("/before/periods")));
        assertEquals(List.of("2025-Q3", "2025-Q4"), codes(outcome.at("/after/periods")));
        assertDecimal("85.00", outcome, "/treated/before/value");
        assertDecimal("115.00", outcome, "/treated/after/value");
        assertDecimal("30.00", outcome, "/treated/change/value");
        assertEquals(List.of(events.agency("DISHUB")), codes(outcome.at("/comparisonGroup/agencies")));
        assertText("2", outcome, "/comparisonGroup/size");
        assertText(events.agency("DISHUB") + "/IKU-A", outcome, "/comparison/members/0/name");
        assertDecimal("105.00", outcome, "/comparison/members/1/after/value");
        assertDecimal("97.50", outcome, "/comparison/before/value");
        assertDecimal("105.00", outcome, "/comparison/after/value");
        assertDecimal("7.50", outcome, "/comparison/change/value");
        assertDecimal("22.50", outcome, "/differenceInDifferences/value");
    }

    @Test
    void windowsCanBeSetPerRequest() {
        ResultsEvents events = new ResultsEvents("96.02");
        publishAndWait(entityManager, domainExample(events));

        // One quarter each side: treated 90 -> 110 (+20), group 100 -> 100 (A 100, B 100): +20.00.
        JsonNode oneQuarter = evaluation(province(events), events.programId, "?periods=1").at("/results/outcomes/0");
        assertEquals(List.of("2025-Q1"), codes(oneQuarter.at("/before/periods")));
        assertEquals(List.of("2025-Q3"), codes(oneQuarter.at("/after/periods")));
        assertDecimal("20.00", oneQuarter, "/differenceInDifferences/value");
        // A lag of one quarter: after = 2025-Q4 alone: treated 90 -> 120 (+30), group 100 -> 110 (+10): +20.00.
        JsonNode lagged = evaluation(province(events), events.programId, "?periods=1&lagPeriods=1")
                .at("/results/outcomes/0");
        assertEquals(List.of("2025-Q4"), codes(lagged.at("/after/periods")));
        assertDecimal("120.00", lagged, "/treated/after/value");
        assertDecimal("110.00", lagged, "/comparison/after/value");
        assertDecimal("20.00", lagged, "/differenceInDifferences/value");
        // Three quarters each side reach 2024-Q3 and 2026-Q1, where nobody has a value: left out and named.
        JsonNode wide = evaluation(province(events), events.programId, "?periods=3").at("/results/outcomes/0");
        assertDecimal("22.50", wide, "/differenceInDifferences/value");
    }

    /**
     * IKM by quarter, responses of equal weights (a response's score is 25 x points / 9): the treated unit's
     * before 27 and 30 points (IKM 25 x 57 / 18 = 79.17), after 33 and 36 (25 x 69 / 18 = 95.83), +16.66; the
     * group's unit P 27 (75.00) -> 30 (83.33) and unit Q 27, 27 (75.00) -> none, left out after: 75.00 -> 83.33,
     * +8.33; DiD 8.33. A response of the program's own quarter and one of the participants' agency's other unit
     * are in neither.
     */
    @Test
    void aUnitsIkmBeforeAndAfterAgainstTheOtherAgenciesUnits() {
        ResultsEvents events = new ResultsEvents("96.03");
        String health = events.agency("SUDINKES-JP");
        String other = events.agency("SUDINKES-JT");
        String treated = "PKM-T-" + events.region;
        publishAndWait(entityManager, List.of(
                events.unitRegistered(0, treated, health), events.unitRegistered(1, "PKM-S-96.03", health),
                events.unitRegistered(2, "PKM-P-96.03", other), events.unitRegistered(3, "PKM-Q-96.03", other),
                events.planned(4, List.of(treated)), events.enrolled(5, 1, health),
                events.responded(10, treated, health, "2024-11-05", 0),
                events.responded(11, treated, health, "2025-02-10", 3),
                events.responded(12, treated, health, "2025-05-02", 0),
                events.responded(13, treated, health, "2025-08-01", 6),
                events.responded(14, treated, health, "2025-12-31", 9),
                events.responded(15, "PKM-S-96.03", health, "2025-08-01", 9),
                events.responded(16, "PKM-P-96.03", other, "2025-01-15", 0),
                events.responded(17, "PKM-P-96.03", other, "2025-09-15", 3),
                events.responded(18, "PKM-Q-96.03", other, "2024-10-01", 0),
                events.responded(19, "PKM-Q-96.03", other, "2025-03-31", 0)));

        JsonNode outcome = evaluation(province(events), events.programId, "").at("/results/outcomes/0");
        assertText("IKM", outcome, "/kind");
        assertText(treated, outcome, "/serviceUnitCode");
        assertText(health, outcome, "/agencyCode");
        assertText("ikm:permenpanrb-14-2017", outcome, "/valueRule");
        assertText("did:ikm-v1", outcome, "/rule");
        assertText("QUARTER", outcome, "/periodType");
        assertDecimal("79.17", outcome, "/treated/before/value");
        assertDecimal("95.83", outcome, "/treated/after/value");
        assertEquals(List.of(other), codes(outcome.at("/comparisonGroup/agencies")));
        assertText("2", outcome, "/comparisonGroup/size");
        assertDecimal("75.00", outcome, "/comparison/before/value");
        assertDecimal("83.33", outcome, "/comparison/after/value");
        assertEquals(List.of("PKM-Q-96.03"), codes(outcome.at("/comparison/leftOutAfter")));
        assertDecimal("8.33", outcome, "/differenceInDifferences/value");

        // By semester: before 2024-S2 (the November response only for the treated unit), after 2025-S2.
        JsonNode semesters = evaluation(province(events), events.programId, "?ikmPeriodType=SEMESTER&periods=1")
                .at("/results/outcomes/0");
        assertEquals(List.of("2024-S2"), codes(semesters.at("/before/periods")));
        assertDecimal("75.00", semesters, "/treated/before/value");
    }

    @Test
    void aWindowWithoutDataIsNotEnoughDataWithItsReason() {
        ResultsEvents events = new ResultsEvents("96.04");
        String health = events.agency("DINKES");
        publishAndWait(entityManager, List.of(events.planned(0, List.of(health + "/IKU-01", health + "/IKU-404")),
                events.enrolled(1, 1, health),
                events.indicatorDefined(2, health, "IKU-01", "QUARTER"),
                events.realised(3, health, "IKU-01", "2025-Q3", 90)));

        JsonNode outcomes = evaluation(province(events), events.programId, "").at("/results/outcomes");
        assertTrue(outcomes.at("/0/differenceInDifferences/value").isNull());
        assertText("not enough data: the treated side has no value in the window before the program; not enough "
                + "data: the comparison group is empty", outcomes, "/0/differenceInDifferences/reason");
        assertText("not enough data: reporting has neither the definition nor a realisation of indicator "
                + health + "/IKU-404", outcomes, "/1/differenceInDifferences/reason");
    }

    /** The same events in two orders into two regions give the same level 4, provenance included. */
    @Test
    void eventsInAnyOrderGiveTheSameResults() {
        ResultsEvents forwards = new ResultsEvents("96.05");
        ResultsEvents backwards = new ResultsEvents("96.06");
        publishAndWait(entityManager, domainExample(forwards));
        List<ObjectNode> reversed = new ArrayList<>(domainExample(backwards));
        Collections.reverse(reversed);
        publishAndWait(entityManager, reversed);

        String first = evaluation(province(forwards), forwards.programId, "").at("/results").toString()
                .replace(forwards.region, "REGION");
        String second = evaluation(province(backwards), backwards.programId, "").at("/results").toString()
                .replace(backwards.region, "REGION");
        assertEquals(first, second);
    }

    /** The province's list shows each program's difference in differences once it has been computed. */
    @Test
    void theProgramListShowsTheDifferenceInDifferences() {
        ResultsEvents events = new ResultsEvents("96.07");
        publishAndWait(entityManager, domainExample(events));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode item = json(given().auth().oauth2(Tokens.analyst("96"))
                    .queryParam("size", 100)
                    .when().get("/api/v1/reports/regions/96/programs").then().statusCode(200).extract().asString())
                    .at("/items").findParents("programId").stream()
                    .filter(program -> program.path("programId").asText().equals(events.programId))
                    .findFirst().orElseThrow();
            assertText("INDICATOR", item, "/results/0/kind");
            assertText(events.agency("DINKES") + "/IKU-01", item, "/results/0/outcome");
            assertText("did:capaian-v1", item, "/results/0/rule");
            assertDecimal("22.50", item, "/results/0/differenceInDifferences/value");
        });
    }

    @Test
    void windowParametersOutOfRangeAreRefusedByName() {
        ResultsEvents events = new ResultsEvents("96.08");
        publishAndWait(entityManager, List.of(events.planned(0, List.of())));
        for (String[] refused : new String[][] {{"periods", "0"}, {"periods", "13"}, {"periods", "two"},
                {"lagPeriods", "-1"}, {"ikmPeriodType", "WEEK"}}) {
            Refusal.of(ProblemType.INVALID_REQUEST, refused[0]).check(() -> given()
                    .auth().oauth2(Tokens.analyst("96")).queryParam(refused[0], refused[1])
                    .when().get("/api/v1/programs/" + events.programId + "/evaluation").then());
        }
        assertEquals(0, evaluation(province(events), events.programId, "").at("/results/outcomes").size());
    }

    /** The province of the test's region, which the analyst reading its evaluations covers. */
    private static String province(ResultsEvents events) {
        return events.region.substring(0, 2);
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
