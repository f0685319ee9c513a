package id.simonev.performance.capaian;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The target of an indicator for one period: a value ({@link #of}) or a range ({@link #range}).
 * A value is the range whose bounds are equal, so that {@link Capaian} reads both the same way and
 * {@link Aggregation#CUMULATIVE} can add values and ranges bound by bound.
 *
 * <p>Both bounds are above 0: against a target of 0 capaian is undefined, and showing 0% or 100%
 * instead would publish a figure nobody measured.
 *
 * @param lower the least realisation that meets the target
 * @param upper the most realisation that meets the target; the value itself for a value target
 */
public record Target(BigDecimal lower, BigDecimal upper) {

    public Target {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.signum() <= 0) {
            throw new IllegalArgumentException("A target must be greater than 0, or capaian would be undefined: "
                    + lower.toPlainString());
        }
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("A target's lower bound " + lower.toPlainString()
                    + " is above its upper bound " + upper.toPlainString());
        }
    }

    /** A single value to reach: 7 days, 80%. */
    public static Target of(BigDecimal value) {
        return new Target(value, value);
    }

    /** A range whose every realisation, ends included, meets the target: 60 to 80%. */
    public static Target range(BigDecimal lower, BigDecimal upper) {
        Target range = new Target(lower, upper);
        if (lower.compareTo(upper) == 0) {
            throw new IllegalArgumentException("A range's lower bound must be below its upper bound, both are "
                    + lower.toPlainString() + "; a single value is Target.of");
        }
        return range;
    }

    /** Bound by bound, so that a year's target is its periods' targets added up. */
    Target plus(Target other) {
        return new Target(lower.add(other.lower), upper.add(other.upper));
    }
}
