package id.simonev.performance.capaian;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Capaian: how far a realisation reached its target, in percent.
 *
 * <table>
 *   <caption>by direction, against the target t</caption>
 *   <tr><th>direction</th><th>capaian %</th></tr>
 *   <tr><td>higher is better</td><td>realisasi / t x 100</td></tr>
 *   <tr><td>lower is better</td><td>(1 + (1 - realisasi / t)) x 100, and never below 0</td></tr>
 * </table>
 *
 * <table>
 *   <caption>t, by where the realisation lies</caption>
 *   <tr><th>realisation</th><th>t</th></tr>
 *   <tr><td>above the upper bound</td><td>the upper bound</td></tr>
 *   <tr><td>below the lower bound</td><td>the lower bound</td></tr>
 *   <tr><td>inside the range, ends included</td><td>none: capaian is exactly 100</td></tr>
 * </table>
 *
 * <p>A value target is a range of one point, so on target is 100 in either direction.
 *
 * <p>Lower is better stops at 0: past twice its target the formula goes negative (target 10,
 * realised 25 gives -50%), and a negative achievement has no meaning in a SAKIP report; the
 * indicator simply reached nothing. DOMAIN.md is silent on this; it is our decision.
 *
 * <p>Kept at full precision with one division, and without trailing zeros, so that the figure
 * an event carries has every digit and no padding; rounded to two decimals only for display.
 */
public final class Capaian {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Capaian() {
    }

    /** The capaian of a realisation (0 or more) against its target, in percent at full precision. */
    public static BigDecimal of(Direction direction, Target target, BigDecimal realisation) {
        if (realisation.signum() < 0) {
            throw new IllegalArgumentException("A realisation is 0 or more: " + realisation.toPlainString());
        }
        BigDecimal against;
        if (realisation.compareTo(target.upper()) > 0) {
            against = target.upper();
        } else if (realisation.compareTo(target.lower()) < 0) {
            against = target.lower();
        } else {
            return HUNDRED;
        }
        BigDecimal ratio = realisation.divide(against, MathContext.DECIMAL128);
        BigDecimal reached = switch (direction) {
            case HIGHER_IS_BETTER -> ratio;
            case LOWER_IS_BETTER -> TWO.subtract(ratio).max(BigDecimal.ZERO);
        };
        return reached.multiply(HUNDRED).stripTrailingZeros();
    }
}
