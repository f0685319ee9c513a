package id.simonev.programs.participant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a participant completed a program: attended at least 80% of its JP, and scored at or
 * above its passing score in the post-test. Otherwise not completed, with every reason why.
 */
public final class CompletionRule {

    public static final int MINIMUM_ATTENDANCE_PERCENT = 80;

    private CompletionRule() {
    }

    /** The decision, and when not completed the shortfalls in the order above; none when completed. */
    public record Decision(boolean completed, List<Shortfall> shortfalls) {
    }

    public static Decision decide(int attendedJp, int programJp, BigDecimal postTest, BigDecimal passingScore) {
        if (programJp <= 0 || attendedJp < 0 || attendedJp > programJp) {
            throw new IllegalArgumentException("attended " + attendedJp + " of " + programJp + " JP is impossible");
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        // In whole numbers, so that exactly 80% counts: 32 of 40 JP is enough, 31 is not.
        if (attendedJp * 100L < (long) MINIMUM_ATTENDANCE_PERCENT * programJp) {
            shortfalls.add(Shortfall.ATTENDANCE_BELOW_80_PERCENT);
        }
        if (postTest == null) {
            shortfalls.add(Shortfall.NO_POST_TEST);
        } else if (postTest.compareTo(passingScore) < 0) {
            shortfalls.add(Shortfall.POST_TEST_BELOW_PASSING_SCORE);
        }
        return new Decision(shortfalls.isEmpty(), List.copyOf(shortfalls));
    }
}
