package id.simonev.performance.indicator;

import id.simonev.performance.capaian.Capaian;
import id.simonev.performance.capaian.Direction;
import java.math.BigDecimal;

/**
 * A target of an indicator for a period: one value, or a range from {@code lower} to {@code upper}.
 * Neither is ever 0: capaian would be undefined.
 */
public record Target(BigDecimal value, BigDecimal lower, BigDecimal upper) {

    public static Target of(BigDecimal value) {
        return new Target(value, null, null);
    }

    public static Target range(BigDecimal lower, BigDecimal upper) {
        return new Target(null, lower, upper);
    }

    public boolean isRange() {
        return value == null;
    }

    /** Whether {@code other} is this target, whatever the scale of its numbers ({@code 7} is {@code 7.00}). */
    public boolean sameAs(Target other) {
        return same(value, other.value) && same(lower, other.lower) && same(upper, other.upper);
    }

    private static boolean same(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    /** The target as the capaian rules take it: one value, or a range whose bounds differ. */
    public id.simonev.performance.capaian.Target rule() {
        return !isRange() ? id.simonev.performance.capaian.Target.of(value)
                : lower.compareTo(upper) == 0 ? id.simonev.performance.capaian.Target.of(lower)
                : id.simonev.performance.capaian.Target.range(lower, upper);
    }

    /** What {@code realisation} is measured against: the value, or the bound of the range it passed. */
    public BigDecimal against(BigDecimal realisation) {
        return isRange() ? realisation.max(lower).min(upper) : value;
    }

    /** Capaian of {@code realisation} against this target, in percent at full precision. */
    public BigDecimal capaian(Direction direction, BigDecimal realisation) {
        return Capaian.of(direction, rule(), realisation);
    }
}
