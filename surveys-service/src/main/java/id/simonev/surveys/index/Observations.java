package id.simonev.surveys.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Running sums of integer observations (one item's answers, or the respondents' points), enough
 * for the 95% confidence interval of their mean: {@code t(0.975, n-1) x sd / sqrt(n)} either side,
 * sd the sample standard deviation.
 */
record Observations(long n, long sum, long sumOfSquares) {

    private static final double CONFIDENCE_QUANTILE = 0.975;

    /**
     * The interval of a figure that is {@code unit} times the observations' mean, around its exact
     * value and clamped to the figure's range: the t interval is symmetric and reaches past the
     * scale where answers crowd at one end, but the mean never can. A single observation has no
     * spread to estimate from, hence no interval (null).
     *
     * @param population the yearly number of service users N, or null when unknown: sampling a
     *                   known share of a small population narrows the interval by
     *                   {@code sqrt((N-n)/(N-1))}, down to nothing once all N answered
     */
    Interval interval(BigDecimal value, double unit, Long population, Range range) {
        if (n < 2) {
            return null;
        }
        return range.around(value, unit * halfWidth(population));
    }

    /**
     * The half-width in the observations' unit. The squared standard error,
     * {@code (n Σx² - (Σx)²) / (n² (n-1))} times {@code (N-n)/(N-1)}, is one exact ratio of integers;
     * only its root and the t quantile are doubles.
     */
    private double halfWidth(Long population) {
        if (population != null && n >= population) {
            return 0;
        }
        BigInteger count = BigInteger.valueOf(n);
        BigInteger spread = count.multiply(BigInteger.valueOf(sumOfSquares)).subtract(BigInteger.valueOf(sum).pow(2));
        if (spread.signum() < 0) {
            throw new IllegalArgumentException("Inconsistent sums: the sum of squares " + sumOfSquares
                    + " cannot come from " + n + " observations summing to " + sum);
        }
        BigInteger scale = count.pow(2).multiply(BigInteger.valueOf(n - 1));
        if (population != null) {
            spread = spread.multiply(BigInteger.valueOf(population - n));
            scale = scale.multiply(BigInteger.valueOf(population - 1));
        }
        double squaredStandardError = new BigDecimal(spread)
                .divide(new BigDecimal(scale), MathContext.DECIMAL128).doubleValue();
        double t = new TDistribution(n - 1).inverseCumulativeProbability(CONFIDENCE_QUANTILE);
        return t * Math.sqrt(squaredStandardError);
    }
}
