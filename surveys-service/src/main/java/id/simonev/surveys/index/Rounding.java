package id.simonev.surveys.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the index's figures are rounded, half up, for display and for their grade alike: the
 * regulation's table prints the IKM with 2 decimals and an element's NRR (nilai interval) with 4.
 */
enum Rounding {
    /** The IKM and its interval. */
    IKM(2),
    /** An element's NRR, its interval, its weighted NRR and the sum of the weighted NRR. */
    NRR(4);

    private final int decimals;

    Rounding(int decimals) {
        this.decimals = decimals;
    }

    BigDecimal apply(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
