package id.simonev.reporting.rule;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The integer sums of one questionnaire item's answers, as the read model keeps them: how many
 * answered it, the sum of their answers (1-5 each), and how many answered 4 or 5 (the top two boxes).
 */
public record ItemTally(long answered, long sum, long topTwo) {

    public ItemTally {
        if (answered < 0 || topTwo < 0 || topTwo > answered) {
            throw new IllegalArgumentException("Counts of an item's answers cannot be " + answered + " and " + topTwo);
        }
    }

    /** The exact mean (to 34 digits); only for {@code answered > 0}. */
    BigDecimal mean() {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered), MathContext.DECIMAL128);
    }

    /** The share of answers 4 or 5, as a percentage (to 34 digits); only for {@code answered > 0}. */
    BigDecimal topTwoPercent() {
        return BigDecimal.valueOf(topTwo * 100).divide(BigDecimal.valueOf(answered), MathContext.DECIMAL128);
    }
}
