package id.simonev.surveys.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The minimum sample of Krejcie and Morgan (1970), the one SKM surveys are sized by:
 * {@code S = χ² N P(1-P) / (d² (N-1) + χ² P(1-P))}, with χ² = 3.841 (1 degree of freedom, 95%),
 * P = 0.5 (the proportion that needs the largest sample) and a margin d = 0.05.
 */
public final class KrejcieMorgan {

    private static final BigDecimal CHI_SQUARE = new BigDecimal("3.841");
    private static final BigDecimal PROPORTION_VARIANCE = new BigDecimal("0.25");
    private static final BigDecimal MARGIN_SQUARED = new BigDecimal("0.0025");

    private KrejcieMorgan() {
    }

    /**
     * S for a unit with N yearly service users, rounded half up to the nearest integer as the
     * published N-to-S tables are (N = 50 gives 44.34, printed 44), not up.
     */
    public static long minimumSample(long serviceUsers) {
        if (serviceUsers < 1) {
            throw new IllegalArgumentException("A unit has at least one service user, not " + serviceUsers);
        }
        BigDecimal users = BigDecimal.valueOf(serviceUsers);
        BigDecimal chiSquarePq = CHI_SQUARE.multiply(PROPORTION_VARIANCE);
        BigDecimal denominator = MARGIN_SQUARED.multiply(users.subtract(BigDecimal.ONE)).add(chiSquarePq);
        return chiSquarePq.multiply(users).divide(denominator, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
