package id.simonev.reporting.evaluation;

import static id.simonev.reporting.ReadModels.assertDecimal;
import static id.simonev.reporting.ReadModels.assertLong;
import static id.simonev.reporting.ReadModels.assertText;
import static id.simonev.reporting.ReadModels.evaluation;
import static id.simonev.reporting.ReadModels.getEvaluation;
import static id.simonev.reporting.ReadModels.publishAndWait;
import static id.simonev.reporting.evaluation.BehaviourEvents.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Level 3 (behaviour) of a program's evaluation from the events of the three producers put on their
 * real topics, each checked against its contract, read through
 * {@code GET /api/v1/programs/{programId}/evaluation}, against figures computed by hand.
 */
@QuarkusTest
class ProgramBehaviourTests {

    private static final String NO_PARTICIPANT_PAIR = "not enough data: no participant has an appraisal both "
            + "before and after the program";
    private static final String NO_COMPARISON_PAIR = "not enough data: no employee of the comparison group has an "
            + "appraisal both before and after the program";

    @Inject
    EntityManager entityManager;

    /**
     * The 360: SELF links 5, answered by 4 (B1 5, 5, 4, 4; every other item 4); SUPERVISOR links 4, then
     * 1 more replacing 1 (4 current), answered by 3 (B1 4, 4, 3; every other item 4); PEER links 3,
     * answered by 2 (5s, then 3s).
     */
    private static List<ObjectNode> postTraining(BehaviourEvents program) {
        return List.of(
                program.linksIssued(10, "SELF", 5, 0), program.linksIssued(11, "SUPERVISOR", 4, 0),
                program.linksIssued(12, "SUPERVISOR", 1, 1), program.linksIssued(13, "PEER", 3, 0),
                program.answered(20, "SELF", 5, 4), program.answered(21, "SELF", 5, 4),
                program.answered(22, "SELF", 4, 4), program.answered(23, "SELF", 4, 4),
                program.answered(30, "SUPERVISOR", 4, 4), program.answered(31, "SUPERVISOR", 4, 4),
                program.answered(32, "SUPERVISOR", 3, 4),
                program.answered(40, "PEER", 5, 5), program.answered(41, "PEER", 3, 3));
    }

    /**
     * The program (14-18 April 2025, lag 4 months: a before appraisal ends from 2024-04-14 to 2025-04-14,
     * an after one starts on or after 2025-08-18) and its agency's employees with their appraisals:
     * <ul>
     * <li>participants 1-6, enrolled; 7 enrolled, then withdrew (left out, and out of the comparison group);
     * <li>1 FUNGSIONAL 2025-Q1 Baik -> 2025-Q4 Sangat Baik: +1;
     * <li>2 FUNGSIONAL 2024-Q1 Kurang, 2025-Q1 Butuh Perbaikan -> 2025-Q4 Baik: +1 (the latest before counts);
     * <li>3 PELAKSANA 2025-Q1 Baik -> 2025-Q4 Sangat Baik, corrected to Baik: 0;
     * <li>4 FUNGSIONAL 2025-Q1 Sangat Baik -> 2025-Q4 Baik: -1;
     * <li>5 PELAKSANA monthly: 2025-03 Butuh Perbaikan -> 2025-08 Baik (too soon: it starts before 2025-08-18)
     * -> 2025-09 Sangat Baik: +2;
     * <li>6, no position type in the register: 2024-Q1 (ends before the 12-month look-back) and 2025-Q4: no pair;
     * <li>7 (withdrawn) FUNGSIONAL 2025-Q1 Kurang -> 2025-Q4 Sangat Baik: +3, not counted;
     * <li>comparison 11 FUNGSIONAL 2025-Q1 Baik -> 2025-Q4 Baik: 0; 12 PELAKSANA annual 2024 Baik -> 2026 Baik:
     * 0; 13 FUNGSIONAL 2025-Q1 Baik -> 2025-Q4 Sangat Baik: +1; 14 PELAKSANA 2025-Q1 Baik -> 2026-Q1 Butuh
     * Perbaikan: -1; 15 FUNGSIONAL, no appraisal;
     * <li>not in the comparison group: 21 of the agency but JPT, 22 FUNGSIONAL of another agency, each with a pair.
     * </ul>
     */
    private static List<ObjectNode> appraisals(BehaviourEvents program) {
        List<ObjectNode> events = new ArrayList<>();
        events.add(program.planned(0));
        for (int participant = 1; participant <= 7; participant++) {
            events.add(program.enrolled(participant, participant));
        }
        events.add(program.withdrawn(8, 7));
        events.addAll(List.of(program.employee(50, 1, "FUNGSIONAL", null),
                program.employee(51, 2, "FUNGSIONAL", null),
                program.employee(52, 3, "PELAKSANA", null), program.employee(53, 4, "FUNGSIONAL", null),
                program.employee(54, 5, "PELAKSANA", null), program.employee(55, 6, null, null),
                program.employee(56, 7, "FUNGSIONAL", null), program.employee(57, 11, "FUNGSIONAL", null),
                program.employee(58, 12, "PELAKSANA", null), program.employee(59, 13, "FUNGSIONAL", null),
                program.employee(60, 14, "PELAKSANA", null), program.employee(61, 15, "FUNGSIONAL", null),
                program.employee(62, 21, "JPT", null),
                program.employee(63, 22, "FUNGSIONAL", program.agency() + "-X")));
        UUID corrected = UUID.randomUUID();
        events.addAll(List.of(
                appraised(program, 100, 1, "2025-Q1", "BAIK"), appraised(program, 101, 1, "2025-Q4", "SANGAT_BAIK"),
                appraised(program, 102, 2, "2024-Q1", "KURANG"),
                appraised(program, 103, 2, "2025-Q1", "BUTUH_PERBAIKAN"), appraised(program, 104, 2, "2025-Q4", "BAIK"),
                appraised(program, 105, 3, "2025-Q1", "BAIK"),
                program.appraised(106, 3, corrected, "2025-Q4", "SANGAT_BAIK"),
                program.corrected(200, 3, corrected, "2025-Q4", "BAIK", "SANGAT_BAIK"),
                appraised(program, 107, 4, "2025-Q1", "SANGAT_BAIK"), appraised(program, 108, 4, "2025-Q4", "BAIK"),
                appraised(program, 109, 5, "2025-03", "BUTUH_PERBAIKAN"), appraised(program, 110, 5, "2025-08", "BAIK"),
                appraised(program, 111, 5, "2025-09", "SANGAT_BAIK"),
                appraised(program, 112, 6, "2024-Q1", "BAIK"), appraised(program, 250, 6, "2025-Q4", "SANGAT_BAIK"),
                appraised(program, 113, 7, "2025-Q1", "KURANG"), appraised(program, 114, 7, "2025-Q4", "SANGAT_BAIK"),
                appraised(program, 115, 11, "2025-Q1", "BAIK"), appraised(program, 116, 11, "2025-Q4", "BAIK"),
                appraised(program, 117, 12, "2024", "BAIK"), appraised(program, 118, 12, "2026", "BAIK"),
                appraised(program, 119, 13, "2025-Q1", "BAIK"), appraised(program, 120, 13, "2025-Q4", "SANGAT_BAIK"),
                appraised(program, 121, 14, "2025-Q1", "BAIK"),
                appraised(program, 122, 14, "2026-Q1", "BUTUH_PERBAIKAN"),
                appraised(program, 123, 21, "2025-Q1", "BAIK"), appraised(program, 260, 21, "2025-Q4", "SANGAT_BAIK"),
                appraised(program, 124, 22, "2025-Q1", "SANGAT_BAIK"),
                appraised(program, 261, 22, "2025-Q4", "SANGAT_KURANG")));
        return events;
    }

    private static ObjectNode appraised(BehaviourEvents program, int second, int employee, String period,
                                        String predicate) {
        return program.appraised(second, employee, UUID.randomUUID(), period, predicate);
    }

    @Test
    void the360ShowsEachRoleFromThreeRespondentsTheGapAndTheResponseRates() {
        String programId = UUID.randomUUID().toString();
        BehaviourEvents program = new BehaviourEvents(programId);
        List<ObjectNode> events = new ArrayList<>(List.of(program.planned(0)));
        events.addAll(postTraining(program));
        publishAndWait(entityManager, events);

        JsonNode evaluation = evaluation("73", programId, "");
        JsonNode postTraining = evaluation.at("/behaviour/postTraining");
        assertText("rating:mean-top2-band-0.8-v1", postTraining, "/rule");
        assertEquals(time(41), Instant.parse(postTraining.path("asOf").asText()));
        assertLong(3, postTraining, "/anonymityThreshold");
        assertEquals(List.of("SELF", "SUPERVISOR", "PEER"),
                postTraining.path("roles").findValuesAsText("role"));

        // SELF: 4 of 5 links, 80.00%. B1 5, 5, 4, 4 -> 4.50 Sangat Baik, 100.00%; B2-I6 4.00 Baik; overall
        // (4.50 + 10 x 4) / 11 = 4.0455 -> 4.05 Baik.
        JsonNode self = postTraining.at("/roles/0");
        assertLong(5, self, "/linksIssued");
        assertLong(4, self, "/answered");
        assertDecimal("80.00", self, "/responseRatePercent/value");
        assertLong(4, self, "/rating/respondents");
        assertEquals(11, self.at("/rating/items").size());
        assertText("B1", self, "/rating/items/0/code");
        assertDecimal("4.50", self, "/rating/items/0/mean");
        assertDecimal("100.00", self, "/rating/items/0/topTwoBox");
        assertText("Sangat Baik", self, "/rating/items/0/band");
        assertText("I6", self, "/rating/items/10/code");
        assertDecimal("4.00", self, "/rating/items/10/mean");
        assertDecimal("4.05", self, "/rating/overall");
        assertText("Baik", self, "/rating/band");

        // SUPERVISOR: links 4 + 1 - 1 replaced = 4, 3 answered: 75.00%. B1 4, 4, 3 -> 11/3 = 3.67 Baik, 2 of 3
        // in the top two: 66.67%; overall (11/3 + 40) / 11 = 3.9697 -> 3.97 Baik.
        JsonNode supervisor = postTraining.at("/roles/1");
        assertLong(4, supervisor, "/linksIssued");
        assertLong(3, supervisor, "/answered");
        assertDecimal("75.00", supervisor, "/responseRatePercent/value");
        assertDecimal("3.67", supervisor, "/rating/items/0/mean");
        assertDecimal("66.67", supervisor, "/rating/items/0/topTwoBox");
        assertDecimal("3.97", supervisor, "/rating/overall");

        // PEER: 2 of 3 links, 66.67%; two respondents: the counts only.
        JsonNode peer = postTraining.at("/roles/2");
        assertLong(3, peer, "/linksIssued");
        assertLong(2, peer, "/answered");
        assertDecimal("66.67", peer, "/responseRatePercent/value");
        assertFalse(peer.at("/rating/shown").asBoolean());
        assertLong(2, peer, "/rating/items/0/n");
        assertTrue(peer.at("/rating/items/0/mean").isNull());
        assertTrue(peer.at("/rating/items/0/topTwoBox").isNull());
        assertTrue(peer.at("/rating/overall").isNull());
        assertTrue(peer.at("/rating/band").isNull());

        // Self minus supervisor, as shown: 4.05 - 3.97 = 0.08; B1 4.50 - 3.67 = 0.83; the other ten 0.00.
        JsonNode gap = postTraining.path("selfMinusSupervisor");
        assertDecimal("0.08", gap, "/overall/value");
        assertTrue(gap.at("/overall/reason").isNull());
        assertEquals(11, gap.path("items").size());
        assertText("B1", gap, "/items/0/code");
        assertDecimal("0.83", gap, "/items/0/gap");
        assertDecimal("0.00", gap, "/items/1/gap");

        // The 360 is not the reaction; and without participants, no appraisal figure, each with its reason.
        assertLong(0, evaluation, "/reaction/linksIssued");
        assertLong(0, evaluation, "/reaction/delivery/respondents");
        JsonNode appraisals = evaluation.at("/behaviour/appraisals");
        assertTrue(appraisals.path("asOf").isNull());
        assertLong(0, appraisals, "/participants/employees");
        assertText(NO_PARTICIPANT_PAIR, appraisals, "/participants/improvedSharePercent/reason");
        assertText(NO_PARTICIPANT_PAIR, appraisals, "/participants/meanChange/reason");
        assertLong(0, appraisals, "/comparison/employees");
        assertEquals(0, appraisals.at("/comparisonGroup/drawnFrom").size());
        assertText(NO_PARTICIPANT_PAIR + "; " + NO_COMPARISON_PAIR, appraisals, "/improvedShareDifference/reason");
        assertTrue(appraisals.at("/improvedShareDifference/value").isNull());
    }

    @Test
    void theParticipantsAppraisalsAreComparedWithTheirColleaguesWhoDidNotTakePart() {
        String programId = UUID.randomUUID().toString();
        BehaviourEvents program = new BehaviourEvents(programId);
        publishAndWait(entityManager, appraisals(program));

        JsonNode evaluation = evaluation("73", programId, "");
        JsonNode appraisals = evaluation.at("/behaviour/appraisals");
        assertText("appraisal-window:12-months-lag-v1", appraisals, "/windowRule");
        assertText("appraisal-shift:v1", appraisals, "/shiftRule");
        assertText("predicate:permenpanrb-6-2022", appraisals, "/predicateRule");
        // The correction is the latest event of an appraisal compared; 6's, 21's and 22's later ones are not compared.
        assertEquals(time(200), Instant.parse(appraisals.path("asOf").asText()));
        assertLong(4, appraisals, "/lagMonths");
        assertText("2024-04-14", appraisals, "/beforeEndsFrom");
        assertText("2025-08-18", appraisals, "/afterStartsFrom");

        // Participants 1-6; pairs of 1-5: +1, +1, 0, -1, +2 -> 3 improved (60.00%), 1 unchanged (20.00%), 1 worse
        // (20.00%), mean change 3 / 5 = 0.60.
        assertShift(appraisals.path("participants"), 6, 5, 3, 1, 1, "60.00", "20.00", "20.00", "0.60");
        // Comparison 11-15; pairs of 11-14: 0, 0, +1, -1 -> 1 (25.00%), 2 (50.00%), 1 (25.00%), mean 0.00.
        assertShift(appraisals.path("comparison"), 5, 4, 1, 2, 1, "25.00", "50.00", "25.00", "0.00");
        assertEquals(List.of(program.agency(), program.agency()),
                appraisals.at("/comparisonGroup/drawnFrom").findValuesAsText("agencyCode"));
        assertEquals(List.of("FUNGSIONAL", "PELAKSANA"),
                appraisals.at("/comparisonGroup/drawnFrom").findValuesAsText("positionType"));
        assertLong(1, appraisals, "/comparisonGroup/participantsWithoutPositionType");
        // DiD = 60.00 - 25.00 = 35.00 points.
        assertDecimal("35.00", appraisals, "/improvedShareDifference/value");

        // No 360 yet: counts of 0, and each figure's reason.
        JsonNode postTraining = evaluation.at("/behaviour/postTraining");
        assertTrue(postTraining.path("asOf").isNull());
        assertLong(0, postTraining, "/roles/0/linksIssued");
        assertText("not enough data: no SELF links issued yet", postTraining, "/roles/0/responseRatePercent/reason");
        assertText("not enough data: the self rating has 0 respondents, fewer than 3; not enough data: the "
                + "supervisor rating has 0 respondents, fewer than 3", postTraining,
                "/selfMinusSupervisor/overall/reason");
        assertEquals(0, postTraining.at("/selfMinusSupervisor/items").size());
    }

    /**
     * The 360 and the appraisals, in the order their producers wrote them into one program, and all reversed
     * into another (the plan last, answers before their links, the correction before the appraisal it corrects,
     * the withdrawal before the enrolment, the appraisals before their employees): both evaluations are equal,
     * field by field, but for the agencies each program's comparison group is drawn from (each has its own).
     */
    @Test
    void theSameEventsInAnotherOrderGiveTheSameBehaviour() {
        String inOrder = UUID.randomUUID().toString();
        String reversed = UUID.randomUUID().toString();
        BehaviourEvents first = new BehaviourEvents(inOrder);
        BehaviourEvents second = new BehaviourEvents(reversed);
        publishAndWait(entityManager, script(first));
        List<ObjectNode> backwards = new ArrayList<>(script(second));
        Collections.reverse(backwards);
        publishAndWait(entityManager, backwards);

        JsonNode forwards = evaluation("73", inOrder, "");
        JsonNode backwardsEvaluation = evaluation("73", reversed, "");
        assertEquals(List.of(first.agency()),
                forwards.at("/behaviour/appraisals/comparisonGroup/drawnFrom").findValuesAsText("agencyCode")
                        .stream().distinct().toList());
        assertEquals(List.of(second.agency()),
                backwardsEvaluation.at("/behaviour/appraisals/comparisonGroup/drawnFrom")
                        .findValuesAsText("agencyCode").stream().distinct().toList());
        for (JsonNode evaluation : List.of(forwards, backwardsEvaluation)) {
            ((ObjectNode) evaluation).remove("programId");
            ((ObjectNode) evaluation.at("/behaviour/appraisals/comparisonGroup")).remove("drawnFrom");
        }
        assertEquals(forwards, backwardsEvaluation);

        assertDecimal("35.00", forwards, "/behaviour/appraisals/improvedShareDifference/value");
        assertDecimal("0.60", forwards, "/behaviour/appraisals/participants/meanChange/value");
        assertEquals(time(200), Instant.parse(forwards.at("/behaviour/appraisals/asOf").asText()));
        assertDecimal("0.08", forwards, "/behaviour/postTraining/selfMinusSupervisor/overall/value");
        assertEquals(time(41), Instant.parse(forwards.at("/behaviour/postTraining/asOf").asText()));
        assertLong(4, forwards, "/behaviour/postTraining/roles/1/linksIssued");
    }

    private static List<ObjectNode> script(BehaviourEvents program) {
        List<ObjectNode> events = new ArrayList<>(appraisals(program));
        events.addAll(postTraining(program));
        return events;
    }

    @Test
    void the360OfAProgramReportingHasNoPlanForIsNotFoundAndAnotherRegionsIsRefused() {
        String unplanned = UUID.randomUUID().toString();
        String planned = UUID.randomUUID().toString();
        BehaviourEvents program = new BehaviourEvents(planned);
        List<ObjectNode> events = new ArrayList<>(postTraining(new BehaviourEvents(unplanned)));
        events.add(program.planned(0));
        events.addAll(postTraining(program));
        publishAndWait(entityManager, events);

        Refusal.of(ProblemType.NOT_FOUND).check(() -> getEvaluation(Tokens.admin(), unplanned, ""));
        Refusal.outsideRegions().check(() -> getEvaluation(Tokens.analyst("11"), planned, ""));
        Refusal.of(ProblemType.UNAUTHENTICATED).check(() -> getEvaluation(null, planned, ""));
        getEvaluation(Tokens.operator("73.71"), planned, "").statusCode(200);
    }

    private static void assertShift(JsonNode shift, long employees, long pairs, long improved, long unchanged,
                                    long worse, String improvedShare, String unchangedShare, String worseShare,
                                    String meanChange) {
        assertLong(employees, shift, "/employees");
        assertLong(pairs, shift, "/withBothAppraisals");
        assertLong(improved, shift, "/improved");
        assertLong(unchanged, shift, "/unchanged");
        assertLong(worse, shift, "/worse");
        assertDecimal(improvedShare, shift, "/improvedSharePercent/value");
        assertDecimal(unchangedShare, shift, "/unchangedSharePercent/value");
        assertDecimal(worseShare, shift, "/worseSharePercent/value");
        assertDecimal(meanChange, shift, "/meanChange/value");
    }

}
