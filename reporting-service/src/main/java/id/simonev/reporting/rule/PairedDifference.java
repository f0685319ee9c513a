package id.simonev.reporting.rule;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean paired difference {@code d = post - pre} of the participants with both test scores, with
 * its 95% interval {@code mean(d) ± t(0.975, n-1) x sd(d) / sqrt(n)}, sd the sample standard
 * deviation (n - 1). An interval above 0 says the class learned something; one that includes 0 says
 * the data do not show it. From the running sums n, Σd and Σd²:
 * {@code sd² = (n Σd² - (Σd)²) / (n (n-1))}, one exact division; only the roots and t are rounded
 * (34 significant digits, and t a double).
 *
 * <p>Example: d = 30, 10, 20 gives mean 20, sd 10, t(0.975, 2) = 4.3027, 20 ± 24.84 = -4.84 to
 * 44.84: with three people even a 20-point rise is not yet evidence.
 *
 * @param n                 the participants with both scores
 * @param mean              mean(d), 2 decimals; absent without participants
 * @param standardDeviation sd(d), 2 decimals; absent below 2 participants
 * @param interval          the 95% interval, ends to 2 decimals; absent below 2 participants
 */
public record PairedDifference(long n, Figure<BigDecimal> mean, Figure<BigDecimal> standardDeviation,
                               Figure<Interval> interval) {

    public static final String RULE = "paired-difference:t95-v1";

    private static final double CONFIDENCE_QUANTILE = 0.975;
    static final String NO_PAIRS = "not enough data: no participant has both a pre-test and a post-test score";
    private static final String ONE_PAIR = "not enough data: one participant's difference has no spread to "
            + "estimate an interval from (it takes 2)";

    /**
     * @param sum          Σd over the n participants
     * @param sumOfSquares Σd² over them
     */
    public static PairedDifference of(long n, BigDecimal sum, BigDecimal sumOfSquares) {
        if (n < 0) {
            throw new IllegalArgumentException("A count of participants is never negative: " + n);
        }
        if (n == 0) {
            return new PairedDifference(0, Figure.absent(NO_PAIRS), Figure.absent(NO_PAIRS), Figure.absent(NO_PAIRS));
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal mean = sum.divide(count, MathContext.DECIMAL128);
        if (n == 1) {
            return new PairedDifference(1, Figure.of(Display.twoDecimals(mean)), Figure.absent(ONE_PAIR),
                    Figure.absent(ONE_PAIR));
        }
        BigDecimal spread = count.multiply(sumOfSquares).subtract(sum.pow(2));
        if (spread.signum() < 0) {
            throw new IllegalArgumentException("Inconsistent sums: Σd² " + sumOfSquares + " cannot come from "
                    + n + " differences summing to " + sum);
        }
        BigDecimal sd = spread.divide(count.multiply(BigDecimal.valueOf(n - 1)), MathContext.DECIMAL128)
                .sqrt(MathContext.DECIMAL128);
        BigDecimal t = BigDecimal.valueOf(new TDistribution(n - 1).inverseCumulativeProbability(CONFIDENCE_QUANTILE));
        BigDecimal halfWidth = t.multiply(sd).divide(count.sqrt(MathContext.DECIMAL128), MathContext.DECIMAL128);
        Interval interval = new Interval(Display.twoDecimals(mean.subtract(halfWidth)),
                Display.twoDecimals(mean.add(halfWidth)));
        return new PairedDifference(n, Figure.of(Display.twoDecimals(mean)), Figure.of(Display.twoDecimals(sd)),
                Figure.of(interval));
    }
}
