package id.simonev.reporting.rule;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What a program's participants learned (Kirkpatrick level 2), over those with both test scores:
 * the mean pre- and post-test scores, the mean paired difference with its interval
 * ({@link PairedDifference}), and the mean normalized gain with how many were high, medium and low
 * ({@link NormalizedGain}; those with a pre-test of 100 are left out of it and counted). Means are
 * shown to 2 decimals, half up; the mean difference is of the exact sums, so it can differ by 0.01
 * from the shown mean post minus the shown mean pre.
 *
 * @param preOnly       participants left out for having no post-test score
 * @param postOnly      participants left out for having no pre-test score
 * @param meanPre       absent without a participant with both scores
 * @param meanPost      likewise
 * @param meanGain      the mean of the defined g, 2 decimals; absent when none is defined
 * @param gainUndefined the paired participants left out of the mean gain (pre-test 100)
 */
public record Learning(long paired, long preOnly, long postOnly, Figure<BigDecimal> meanPre,
                       Figure<BigDecimal> meanPost, PairedDifference difference, Figure<BigDecimal> meanGain,
                       long high, long medium, long low, long gainUndefined) {

    private static final String NO_GAIN = "not enough data: every participant with both scores had 100 in the "
            + "pre-test, which leaves g undefined";

    public static Learning of(LearningTally tally) {
        BigDecimal paired = BigDecimal.valueOf(tally.paired());
        Figure<BigDecimal> meanPre = tally.paired() == 0 ? Figure.absent(PairedDifference.NO_PAIRS)
                : Figure.of(Display.twoDecimals(tally.preSum().divide(paired, MathContext.DECIMAL128)));
        Figure<BigDecimal> meanPost = tally.paired() == 0 ? Figure.absent(PairedDifference.NO_PAIRS)
                : Figure.of(Display.twoDecimals(tally.postSum().divide(paired, MathContext.DECIMAL128)));
        long gained = tally.high() + tally.medium() + tally.low();
        Figure<BigDecimal> meanGain;
        if (tally.paired() == 0) {
            meanGain = Figure.absent(PairedDifference.NO_PAIRS);
        } else if (gained == 0) {
            meanGain = Figure.absent(NO_GAIN);
        } else {
            meanGain = Figure.of(Display.twoDecimals(
                    tally.gainSum().divide(BigDecimal.valueOf(gained), MathContext.DECIMAL128)));
        }
        PairedDifference difference = PairedDifference.of(tally.paired(), tally.postSum().subtract(tally.preSum()),
                tally.differenceSquareSum());
        return new Learning(tally.paired(), tally.preOnly(), tally.postOnly(), meanPre, meanPost, difference,
                meanGain, tally.high(), tally.medium(), tally.low(), tally.gainUndefined());
    }
}
