package id.simonev.programs.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The completion rule: at least 80% of the JP attended, and the post-test at or above the passing score. */
class CompletionRuleTests {

    private static final BigDecimal PASSING = new BigDecimal("70");

    @ParameterizedTest(name = "attended {0} of {1} JP, post-test {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            // attendance boundary at 80%, in whole and odd numbers of JP
            "40, 40, 70,    ''",
            "32, 40, 70,    ''",
            "31, 40, 70,    ATTENDANCE_BELOW_80_PERCENT",
            "0,  40, 100,   ATTENDANCE_BELOW_80_PERCENT",
            "4,  5,  70,    ''",
            "3,  5,  70,    ATTENDANCE_BELOW_80_PERCENT",
            "13, 16, 70,    ''",
            "12, 16, 70,    ATTENDANCE_BELOW_80_PERCENT",
            "1,  1,  70,    ''",
            "0,  1,  70,    ATTENDANCE_BELOW_80_PERCENT",
            // passing-score boundary
            "40, 40, 69.99, POST_TEST_BELOW_PASSING_SCORE",
            "40, 40, 70.00, ''",
            "40, 40, 0,     POST_TEST_BELOW_PASSING_SCORE",
            "40, 40, 100,   ''",
            "40, 40, none,  NO_POST_TEST",
            // both short, in the order of the rule
            "31, 40, 69.99, ATTENDANCE_BELOW_80_PERCENT POST_TEST_BELOW_PASSING_SCORE",
            "0,  40, none,  ATTENDANCE_BELOW_80_PERCENT NO_POST_TEST",
    })
    void decidesCompletionAndEveryShortfall(int attended, int programJp, BigDecimal postTest, String shortfalls) {
        List<Shortfall> expected = shortfalls.isBlank() ? List.of()
                : Arrays.stream(shortfalls.split(" ")).map(Shortfall::valueOf).toList();

        CompletionRule.Decision decision = CompletionRule.decide(attended, programJp, postTest, PASSING);

        assertEquals(expected, decision.shortfalls());
        assertEquals(expected.isEmpty(), decision.completed());
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "100, 100"})
    void aPassingScoreOfZeroOrAHundredWorksAtItsEdge(BigDecimal passing, BigDecimal postTest) {
        assertEquals(true, CompletionRule.decide(10, 10, postTest, passing).completed());
    }

    @ParameterizedTest
    @CsvSource({"41, 40", "-1, 40", "0, 0"})
    void impossibleAttendanceIsRefused(int attended, int programJp) {
        assertThrows(IllegalArgumentException.class, () -> CompletionRule.decide(attended, programJp, PASSING, PASSING));
    }
}
