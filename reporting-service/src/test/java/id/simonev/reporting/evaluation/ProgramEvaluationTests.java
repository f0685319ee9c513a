package id.simonev.reporting.evaluation;

import static id.simonev.reporting.ReadModels.assertDecimal;
import static id.simonev.reporting.ReadModels.assertLong;
import static id.simonev.reporting.ReadModels.assertText;
import static id.simonev.reporting.ReadModels.evaluation;
import static id.simonev.reporting.ReadModels.getEvaluation;
import static id.simonev.reporting.ReadModels.publishAndWait;
import static id.simonev.reporting.evaluation.EvaluationEvents.time;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A program's evaluation (levels 2 and 5) from programs-service's events put on the real programs
 * topic, read through {@code GET /api/v1/programs/{programId}/evaluation}, against figures computed
 * by hand.
 */
@QuarkusTest
class ProgramEvaluationTests {

    @Inject
    EntityManager entityManager;

    /**
     * Five participants of a 40-JP program with passing score 60:
     * P1 40/70 completed; P2 50/55 corrected to 50/60, completed; P3 30/50 not completed (attendance,
     * post-test below 60); P4 pre-test 60 only, withdrew (workload); P5 no scores, not completed
     * (attendance, no post-test). Expenses Rp 30,000,000 + Rp 20,000,001; benefits estimated at
     * Rp 40,000,000, then Rp 80,000,000.
     */
    private static List<ObjectNode> scriptedProgram(EvaluationEvents program) {
        return List.of(
                program.planned("ProgramScheduled", 0, "Pelatihan Pengelolaan Pengaduan", "SCHEDULED"),
                program.enrolled(1, 1), program.enrolled(2, 2), program.enrolled(3, 3), program.enrolled(4, 4),
                program.enrolled(5, 5),
                program.statusChanged(10, "SCHEDULED", "RUNNING"),
                program.scores(20, 1, 40, 70), program.scores(21, 2, 50, 55), program.scores(22, 3, 30, 50),
                program.scores(23, 4, 60, null), program.scores(24, 2, 50, 60),
                program.withdrawn(25, 4, "WORKLOAD"),
                program.expense(30, 30_000_000, 30_000_000), program.expense(31, 20_000_001, 50_000_001),
                program.benefitEstimated(32, 40_000_000, null),
                program.statusChanged(40, "RUNNING", "COMPLETED"),
                program.finished(41, 1, 40, 70), program.finished(42, 2, 50, 60),
                program.finished(43, 3, 30, 50, "ATTENDANCE_BELOW_80_PERCENT", "POST_TEST_BELOW_PASSING_SCORE"),
                program.finished(44, 5, null, null, "ATTENDANCE_BELOW_80_PERCENT", "NO_POST_TEST"),
                program.benefitEstimated(50, 80_000_000, 40_000_000L));
    }

    @Test
    void aScriptedProgramShowsTheFiguresComputedByHand() {
        String programId = UUID.randomUUID().toString();
        publishAndWait(entityManager, scriptedProgram(new EvaluationEvents(programId)));

        JsonNode evaluation = evaluation("73", programId, "");
        assertText("PEL-EVAL", evaluation, "/code");
        assertText("73.71", evaluation, "/regionCode");
        assertText("2026-03-06", evaluation, "/endDate");
        assertText("COMPLETED", evaluation, "/status");
        assertEquals(time(40), Instant.parse(evaluation.at("/asOf").asText()));

        // Level 2. Paired: P1, P2 (as corrected), P3: pre 40, 50, 30 -> mean 40.00; post 70, 60, 50 -> 60.00.
        assertLong(3, evaluation, "/learning/participantsWithBothScores");
        assertDecimal("40.00", evaluation, "/learning/meanPreTest/value");
        assertDecimal("60.00", evaluation, "/learning/meanPostTest/value");
        // DOMAIN.md's example: d = 30, 10, 20 -> mean 20, sd 10, t(0.975, 2) = 4.3027, 20 ± 24.84.
        assertText("paired-difference:t95-v1", evaluation, "/learning/pairedDifference/rule");
        assertDecimal("20.00", evaluation, "/learning/pairedDifference/mean/value");
        assertDecimal("10.00", evaluation, "/learning/pairedDifference/standardDeviation/value");
        assertDecimal("-4.84", evaluation, "/learning/pairedDifference/interval95/lower");
        assertDecimal("44.84", evaluation, "/learning/pairedDifference/interval95/upper");
        // g = 30/60 = 0.5 (medium), 10/50 = 0.2 (low), 20/70 = 0.2857 (low): mean 0.3286 -> 0.33.
        assertText("gain:hake-v1", evaluation, "/learning/normalizedGain/rule");
        assertDecimal("0.33", evaluation, "/learning/normalizedGain/mean/value");
        assertLong(0, evaluation, "/learning/normalizedGain/high");
        assertLong(1, evaluation, "/learning/normalizedGain/medium");
        assertLong(2, evaluation, "/learning/normalizedGain/low");
        // P4 has a pre-test only; nobody had 100 in the pre-test.
        assertLong(1, evaluation, "/learning/leftOut/preTestOnly");
        assertLong(0, evaluation, "/learning/leftOut/postTestOnly");
        assertLong(0, evaluation, "/learning/leftOut/preTestOf100");
        // Completed P1, P2; not completed P3, P5: 2 / 4 = 50.00%. P4 withdrew: out of the rate.
        assertText("completion:attendance-80-and-passing-score", evaluation, "/learning/completion/rule");
        assertDecimal("50.00", evaluation, "/learning/completion/ratePercent/value");
        assertLong(5, evaluation, "/learning/completion/enrolled");
        assertLong(4, evaluation, "/learning/completion/takingPart");
        assertLong(2, evaluation, "/learning/completion/completed");
        assertLong(2, evaluation, "/learning/completion/notCompleted");
        assertLong(2, evaluation, "/learning/completion/shortfalls/ATTENDANCE_BELOW_80_PERCENT");
        assertLong(1, evaluation, "/learning/completion/shortfalls/POST_TEST_BELOW_PASSING_SCORE");
        assertLong(1, evaluation, "/learning/completion/shortfalls/NO_POST_TEST");
        assertLong(1, evaluation, "/learning/withdrawals/withdrawn");
        assertLong(1, evaluation, "/learning/withdrawals/byReason/WORKLOAD");
        assertEquals(time(44), Instant.parse(evaluation.at("/learning/asOf").asText()));

        // Level 5. Cost 50,000,001: / 4 taking part = 12,500,000.25 -> 12,500,000; / 2 completed =
        // 25,000,000.5 -> 25,000,001 (half up); / 80 JP = 625,000.0125 -> 625,000.
        assertLong(50_000_001, evaluation, "/worth/cost");
        assertText("cost-per-head:v1", evaluation, "/worth/costPerHead/rule");
        assertLong(4, evaluation, "/worth/costPerHead/participants");
        assertLong(80, evaluation, "/worth/costPerHead/jpCredited");
        assertLong(12_500_000, evaluation, "/worth/costPerHead/perParticipant/value");
        assertLong(25_000_001, evaluation, "/worth/costPerHead/perCompletedParticipant/value");
        assertLong(625_000, evaluation, "/worth/costPerHead/perJpCredited/value");
        // From the latest estimate, 80,000,000: ROI 29,999,999 / 50,000,001 x 100 = 59.9999988 -> 60.00%,
        // BCR 1.59999997 -> 1.60.
        assertText("roi:v1", evaluation, "/worth/returnOnInvestment/rule");
        assertLong(80_000_000, evaluation, "/worth/returnOnInvestment/benefitEstimate/amount");
        assertText("analyst@test", evaluation, "/worth/returnOnInvestment/benefitEstimate/estimatedBy");
        assertDecimal("60.00", evaluation, "/worth/returnOnInvestment/roiPercent/value");
        assertDecimal("1.60", evaluation, "/worth/returnOnInvestment/benefitCostRatio/value");
        assertEquals(time(50), Instant.parse(evaluation.at("/worth/asOf").asText()));
        // No reaction yet: counts of 0 and no response rate.
        assertLong(0, evaluation, "/reaction/linksIssued");
        assertLong(0, evaluation, "/reaction/delivery/respondents");
        assertText("not enough data: no reaction links issued yet", evaluation,
                "/reaction/responseRatePercent/reason");
        assertTrue(evaluation.at("/reaction/asOf").isNull());
        // All five levels; level 4 of a program without expected outcomes has none.
        assertEquals(List.of("programId", "code", "title", "regionCode", "organisingAgencyCode", "format",
                "competencyType", "startDate", "endDate", "status", "jp", "asOf", "reaction", "learning", "behaviour",
                "results", "worth"), fieldNames(evaluation));
        assertEquals(0, evaluation.at("/results/outcomes").size());
    }

    /**
     * docs/domain.md's example 100/100, 100/90, 40/70, with a corrected score, a withdrawal, a changed
     * plan, two estimates and the completion: in the order programs-service wrote them into one program,
     * and all reversed into another (the plan last, scores and outcomes before the enrolment, the
     * correction before the score it corrects). Both evaluations are equal, field by field.
     */
    @Test
    void theSameEventsInAnotherOrderGiveTheSameEvaluation() {
        String inOrder = UUID.randomUUID().toString();
        String reversed = UUID.randomUUID().toString();
        publishAndWait(entityManager, orderScript(new EvaluationEvents(inOrder)));
        List<ObjectNode> backwards = new ArrayList<>(orderScript(new EvaluationEvents(reversed)));
        Collections.reverse(backwards);
        publishAndWait(entityManager, backwards);

        JsonNode first = evaluation("73", inOrder, "");
        JsonNode second = evaluation("73", reversed, "");
        ((ObjectNode) first).remove("programId");
        ((ObjectNode) second).remove("programId");
        assertEquals(first, second);

        // 3 paired, d = 0, -10, 30 -> mean 6.67; g only for 40/70 (0.50); two left out of g with pre 100.
        assertLong(3, first, "/learning/participantsWithBothScores");
        assertDecimal("6.67", first, "/learning/pairedDifference/mean/value");
        assertDecimal("0.50", first, "/learning/normalizedGain/mean/value");
        assertLong(2, first, "/learning/leftOut/preTestOf100");
        assertText("Pelatihan Pelayanan Prima (revisi)", first, "/title");
        assertText("COMPLETED", first, "/status");
        assertLong(1, first, "/learning/withdrawals/byReason/HEALTH");
        assertLong(3, first, "/learning/completion/completed");
        assertLong(1_000_000, first, "/worth/returnOnInvestment/benefitEstimate/amount");
        assertEquals(time(60), Instant.parse(first.at("/worth/asOf").asText()));
    }

    private static List<ObjectNode> orderScript(EvaluationEvents program) {
        return List.of(
                program.planned("ProgramScheduled", 0, "Pelatihan Pelayanan Prima", "SCHEDULED"),
                program.enrolled(1, 1), program.enrolled(2, 2), program.enrolled(3, 3), program.enrolled(4, 4),
                program.planned("ProgramUpdated", 5, "Pelatihan Pelayanan Prima (revisi)", "SCHEDULED"),
                program.statusChanged(10, "SCHEDULED", "RUNNING"),
                program.scores(20, 1, 100, 100), program.scores(21, 2, 100, 90), program.scores(22, 3, 40, 60),
                program.scores(23, 4, 50, null), program.scores(24, 3, 40, 70),
                program.withdrawn(25, 4, "HEALTH"),
                program.expense(30, 9_000_000, 9_000_000), program.benefitEstimated(31, 5_000_000, null),
                program.statusChanged(40, "RUNNING", "COMPLETED"),
                program.finished(41, 1, 100, 100), program.finished(42, 2, 100, 90), program.finished(43, 3, 40, 70),
                program.benefitEstimated(60, 1_000_000, 5_000_000L));
    }

    @Test
    void anEventDeliveredTwiceCountsOnce() {
        String programId = UUID.randomUUID().toString();
        EvaluationEvents program = new EvaluationEvents(programId);
        ObjectNode enrolled = program.enrolled(1, 1);
        ObjectNode scores = program.scores(2, 1, 40, 70);
        ObjectNode expense = program.expense(3, 1_000_000, 1_000_000);
        ObjectNode finished = program.finished(4, 1, 40, 70);
        publishAndWait(entityManager, List.of(program.planned("ProgramScheduled", 0, "Pelatihan", "RUNNING"),
                enrolled, scores, expense, finished, enrolled, scores, expense, finished,
                program.expense(5, 500, 1_000_500)));

        JsonNode evaluation = evaluation("73", programId, "");
        assertLong(1_000_500, evaluation, "/worth/cost");
        assertLong(1, evaluation, "/learning/completion/enrolled");
        assertLong(1, evaluation, "/learning/completion/completed");
        assertLong(1, evaluation, "/learning/participantsWithBothScores");
        assertDecimal("30.00", evaluation, "/learning/pairedDifference/mean/value");
        assertLong(40, evaluation, "/worth/costPerHead/jpCredited");
        assertEquals("no benefit estimate", evaluation.at("/worth/returnOnInvestment/roiPercent/reason").asText());
        assertTrue(evaluation.at("/worth/returnOnInvestment/benefitEstimate").isNull());
    }

    @Test
    void theEvaluationNeedsSignInARegionTheCallerCoversAndAProgramReportingKnows() {
        String programId = UUID.randomUUID().toString();
        EvaluationEvents program = new EvaluationEvents(programId);
        String unplanned = UUID.randomUUID().toString();
        publishAndWait(entityManager, List.of(new EvaluationEvents(unplanned).enrolled(1, 1),
                program.planned("ProgramScheduled", 0, "Pelatihan", "SCHEDULED")));

        getEvaluation(Tokens.operator("73.71"), programId, "").statusCode(200);
        getEvaluation(Tokens.admin(), programId, "").statusCode(200);
        Refusal.of(ProblemType.UNAUTHENTICATED).check(() -> getEvaluation(null, programId, ""));
        Refusal.outsideRegions().check(() -> getEvaluation(Tokens.analyst("11"), programId, ""));
        Refusal.outsideRegions().check(() -> getEvaluation(Tokens.operator("73.72"), programId, ""));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> getEvaluation(Tokens.admin(), UUID.randomUUID().toString(), ""));
        // Heard of only through a participant: whose program it is stays unknown until its plan arrives.
        Refusal.of(ProblemType.NOT_FOUND).check(() -> getEvaluation(Tokens.admin(), unplanned, ""));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
