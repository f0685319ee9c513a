package id.simonev.reporting.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The running sum and count of one indicator's capaian over a window's periods (one value per
 * period with a realisation, at the full precision {@code RealisationRecorded.capaian} carries),
 * for the indicator's window mean. A correction takes the former capaian out and puts the new one in.
 */
public record WindowSum(BigDecimal sum, long count) {

    public static final WindowSum EMPTY = new WindowSum(BigDecimal.ZERO, 0);

    public WindowSum {
        Objects.requireNonNull(sum, "sum");
        if (count < 0 || count == 0 && sum.signum() != 0) {
            throw new IllegalArgumentException("Inconsistent sums: " + count + " values summing to " + sum);
        }
    }

    public WindowSum plus(BigDecimal value) {
        return new WindowSum(sum.add(value), count + 1);
    }

    public WindowSum minus(BigDecimal value) {
        return new WindowSum(sum.subtract(value), count - 1);
    }

    /** The mean of the window's values; empty when it has none. */
    public Optional<BigDecimal> mean() {
        return count == 0 ? Optional.empty()
                : Optional.of(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128));
    }
}
