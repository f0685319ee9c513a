package id.simonev.surveys.index;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The weights (bobot) of the indexed elements, as integer numerators over one common denominator.
 * Exact fractions, because the regulation's 1/9 has no exact decimal and reports that round it to
 * 0.111 print an IKM about 0.1 point low; integers, because a respondent's weighted answers can then
 * be summed in SQL as whole {@linkplain #points(int[]) points}.
 */
public final class Weights {

    private final int[] numerators;
    private final long denominator;

    private Weights(int[] numerators, long denominator) {
        this.numerators = numerators;
        this.denominator = denominator;
    }

    /** The regulation's default: each of the items weighs 1/itemCount. */
    public static Weights equal(int itemCount) {
        if (itemCount < 1) {
            throw new IllegalArgumentException("At least one item is weighted, not " + itemCount);
        }
        int[] ones = new int[itemCount];
        Arrays.fill(ones, 1);
        return new Weights(ones, itemCount);
    }

    /**
     * Weights a unit sets itself, in instrument order. They must sum to exactly 1: any other sum
     * moves the IKM off its 25-100 range and so off the regulation's grades.
     */
    public static Weights of(List<BigDecimal> weights) {
        if (weights.stream().anyMatch(weight -> weight.signum() <= 0)) {
            throw new IllegalArgumentException("Every weight must be greater than 0: " + weights);
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("The weights must sum to exactly 1, not " + sum.toPlainString());
        }
        // 0.30 and 0.3 are one weight: the denominator follows the decimals that matter.
        int scale = Math.max(0, weights.stream().mapToInt(weight -> weight.stripTrailingZeros().scale()).max()
                .orElseThrow());
        int[] numerators = new int[weights.size()];
        for (int item = 0; item < numerators.length; item++) {
            BigDecimal weight = weights.get(item);
            try {
                numerators[item] = weight.movePointRight(scale).intValueExact();
            } catch (ArithmeticException tooFine) {
                throw new IllegalArgumentException("A weight has too many decimals: " + weight.toPlainString());
            }
        }
        return new Weights(numerators, BigDecimal.ONE.movePointRight(scale).longValueExact());
    }

    public int numerator(int item) {
        return numerators[item];
    }

    public long denominator() {
        return denominator;
    }

    int size() {
        return numerators.length;
    }

    /**
     * A respondent's points: the sum of numerator x answer over the items, in instrument order.
     * The respondent's own score is 25 x points / denominator; summed over respondents (and their
     * squares), points give the IKM and its interval without a division per respondent.
     */
    public long points(int[] answers) {
        if (answers.length != numerators.length) {
            throw new IllegalArgumentException(
                    "Expected answers to " + numerators.length + " items, not " + answers.length);
        }
        long points = 0;
        for (int item = 0; item < answers.length; item++) {
            points += (long) numerators[item] * answers[item];
        }
        return points;
    }
}
