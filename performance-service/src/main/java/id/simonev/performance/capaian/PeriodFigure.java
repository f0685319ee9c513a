package id.simonev.performance.capaian;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of an indicator, as {@link Aggregation} combines it: its target, and its realisation
 * once one is recorded.
 *
 * <p>The period is known by its first day: combining needs only the order of an indicator's
 * periods, which are all of one length (its months, or its quarters), and not the period codes
 * that the REST layer parses.
 *
 * @param periodStart the period's first day
 * @param target      the period's target
 * @param realisation the period's realisation, 0 or more; {@code null} while none is recorded
 */
public record PeriodFigure(LocalDate periodStart, Target target, BigDecimal realisation) {

    public PeriodFigure {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(target, "target");
        if (realisation != null && realisation.signum() < 0) {
            throw new IllegalArgumentException("A realisation is 0 or more: " + realisation.toPlainString()
                    + " for the period from " + periodStart);
        }
    }

    boolean realised() {
        return realisation != null;
    }

    BigDecimal capaian(Direction direction) {
        return Capaian.of(direction, target, realisation);
    }
}
