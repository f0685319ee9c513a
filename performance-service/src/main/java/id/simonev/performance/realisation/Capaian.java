package id.simonev.performance.realisation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Capaian: how far a realisation reached its target, in percent.
 *
 * <table>
 *   <caption>by direction</caption>
 *   <tr><th>direction</th><th>capaian %</th></tr>
 *   <tr><td>higher is better</td><td>realisasi / target x 100</td></tr>
 *   <tr><td>lower is better</td><td>(1 + (1 - realisasi / target)) x 100</td></tr>
 * </table>
 *
 * Kept at full precision; rounded to two decimals only for display.
 */
public final class Capaian {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Capaian() {
    }

    public static BigDecimal percent(Direction direction, BigDecimal target, BigDecimal realisation) {
        if (target.signum() <= 0) {
            throw new IllegalArgumentException("target must be greater than 0");
        }
        BigDecimal ratio = realisation.divide(target, MathContext.DECIMAL128);
        BigDecimal reached = switch (direction) {
            case HIGHER_IS_BETTER -> ratio;
            case LOWER_IS_BETTER -> TWO.subtract(ratio);
        };
        return reached.multiply(HUNDRED).stripTrailingZeros();
    }
}
