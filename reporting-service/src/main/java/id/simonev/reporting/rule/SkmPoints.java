package id.simonev.reporting.rule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Collection;
import java.util.Optional;

/**
 * A service unit's SKM responses in a window that share one weighting, as
 * {@code SurveyResponseSubmitted} gives each response: how many, and the sum of their
 * {@code indexPoints}, all at one {@code indexDenominator} D (9 for the regulation's equal weights).
 * A read model keeps one per unit, period and denominator.
 *
 * @param pointsSum Σ indexPoints; each response's points lie between D (all answers 1) and 4 D
 */
public record SkmPoints(long denominator, long responses, long pointsSum) {

    /** Nilai dasar: it maps the weighted mean answer, 1-4, onto the index's 25-100. */
    private static final BigInteger NILAI_DASAR = BigInteger.valueOf(25);
    private static final int HIGHEST_ANSWER = 4;

    public SkmPoints {
        if (denominator < 1 || responses < 0 || pointsSum < responses * denominator
                || pointsSum > HIGHEST_ANSWER * responses * denominator) {
            throw new IllegalArgumentException("Inconsistent sums: " + responses + " responses with points "
                    + pointsSum + " over " + denominator);
        }
    }

    /** With one more response of these points. */
    public SkmPoints plus(long points) {
        return new SkmPoints(denominator, responses + 1, pointsSum + points);
    }

    /**
     * The IKM of a unit's responses in a window: the mean of the respondents' scores
     * {@code s = 25 x points / D}, whatever weighting each answered with, so
     * {@code IKM = 25 x Σ_g (P_g / D_g) / Σ_g n_g} over the groups g. With one weighting this is the
     * regulation's {@code 25 x Σ points / (D n)}: with equal weights, {@code 25 x (sum of all answers) / (9 n)}.
     * Exact: the groups' points are brought to the least common multiple L of their denominators, so
     * that the whole is one division of integers, {@code 25 x Σ_g P_g (L / D_g) / (L n)}.
     *
     * @return empty when the window has no response
     */
    public static Optional<BigDecimal> ikm(Collection<SkmPoints> groups) {
        BigInteger common = groups.stream().map(group -> BigInteger.valueOf(group.denominator()))
                .reduce(BigInteger.ONE, (a, b) -> a.divide(a.gcd(b)).multiply(b));
        BigInteger points = BigInteger.ZERO;
        long responses = 0;
        for (SkmPoints group : groups) {
            points = points.add(BigInteger.valueOf(group.pointsSum())
                    .multiply(common.divide(BigInteger.valueOf(group.denominator()))));
            responses += group.responses();
        }
        if (responses == 0) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(points.multiply(NILAI_DASAR))
                .divide(new BigDecimal(common.multiply(BigInteger.valueOf(responses))), MathContext.DECIMAL128));
    }
}
