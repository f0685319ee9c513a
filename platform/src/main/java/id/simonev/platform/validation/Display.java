package id.simonev.platform.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures are kept at full precision and rounded only for display, to two decimals
 * (docs/domain.md, "Precision and rounding").
 */
public final class Display {

    private Display() {
    }

    public static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
