package id.simonev.performance.indicator;

import id.simonev.performance.realisation.Capaian;
import id.simonev.performance.realisation.Direction;
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

    /**
     * What {@code realisation} is measured against: the value, or for a range the bound it passed
     * (the upper above the range, the lower below it) and, inside the range, the realisation itself,
     * which reaches 100%.
     */
    public BigDecimal against(BigDecimal realisation) {
        if (!isRange()) {
            return value;
        }
        return realisation.max(lower).min(upper);
    }

    /** Capaian of {@code realisation} against this target, in percent at full precision. */
    public BigDecimal capaian(Direction direction, BigDecimal realisation) {
        return Capaian.percent(direction, against(realisation), realisation);
    }

    /** The sum of two targets, as a window of periods adds them up; a value adds to both bounds of a range. */
    public Target plus(Target other) {
        if (!isRange() && !other.isRange()) {
            return of(value.add(other.value));
        }
        return range(lowest().add(other.lowest()), highest().add(other.highest()));
    }

    private BigDecimal lowest() {
        return isRange() ? lower : value;
    }

    private BigDecimal highest() {
        return isRange() ? upper : value;
    }
}
