package id.simonev.programs.learninghours;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Every civil servant is entitled to at least 20 JP of development a year (PP 11/2017). An
 * agency's JP coverage is the share of its employees who reached it.
 */
public final class Entitlement {

    public static final int YEARLY_JP = 20;

    private Entitlement() {
    }

    public static boolean isMet(long jpCredited) {
        return jpCredited >= YEARLY_JP;
    }

    /** Percent with two decimals; none for an agency without employees. */
    public static BigDecimal coverage(long reached, long employees) {
        return employees == 0 ? null : BigDecimal.valueOf(reached * 100L)
                .divide(BigDecimal.valueOf(employees), 2, RoundingMode.HALF_UP);
    }
}
