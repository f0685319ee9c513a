package id.simonev.reporting.rule;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What a program cost and whether it was worth it (level 5). The cost is the realised budget, the
 * sum of its expense lines, in whole rupiah. Cost per participant (taking part: enrolled and not
 * withdrawn), per completed participant and per JP credited (the program's JP times those who
 * completed) are rounded half up to whole rupiah, as programs-service's budget rounds them, and
 * absent when there is nobody or nothing to divide by. With the office's estimate of the benefits
 * (rupiah): {@code ROI % = (benefits - cost) / cost x 100} and {@code BCR = benefits / cost}, both
 * shown to 2 decimals, half up; without one, "no benefit estimate"; with no cost realised, neither.
 *
 * <p>Example: cost Rp 50,000,000; 30 taking part, 25 completed, 40 JP each; benefits estimated at
 * Rp 80,000,000: Rp 1,666,667 per participant, Rp 2,000,000 per completed participant, Rp 50,000
 * per JP; ROI 60.00%, BCR 1.60.
 *
 * @param cost the realised cost, rupiah
 */
public record Worth(long cost, Figure<Long> perParticipant, Figure<Long> perCompletedParticipant,
                    Figure<Long> perJpCredited, Figure<BigDecimal> roiPercent, Figure<BigDecimal> benefitCostRatio) {

    /** Cost per participant, per completed participant and per JP credited. */
    public static final String COST_RULE = "cost-per-head:v1";
    /** ROI % and BCR. */
    public static final String ROI_RULE = "roi:v1";

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    /**
     * @param participants taking part: enrolled and not withdrawn
     * @param completed    who completed
     * @param jpCredited   the JP credited to those who completed, together
     * @param benefits     the office's estimate of the benefits in rupiah, or null when it has entered none
     */
    public static Worth of(long cost, long participants, long completed, long jpCredited, Long benefits) {
        if (cost < 0 || participants < 0 || completed < 0 || jpCredited < 0 || completed > participants
                || benefits != null && benefits < 0) {
            throw new IllegalArgumentException("Costs, counts and benefits are never negative, and those who "
                    + "completed are among those taking part");
        }
        Figure<BigDecimal> roi;
        Figure<BigDecimal> ratio;
        if (benefits == null) {
            roi = Figure.absent("no benefit estimate");
            ratio = roi;
        } else if (cost == 0) {
            roi = Figure.absent("no cost realised: ROI and BCR are taken against a cost above 0");
            ratio = roi;
        } else {
            BigDecimal spent = BigDecimal.valueOf(cost);
            BigDecimal gained = BigDecimal.valueOf(benefits);
            roi = Figure.of(Display.twoDecimals(
                    gained.subtract(spent).multiply(PERCENT).divide(spent, MathContext.DECIMAL128)));
            ratio = Figure.of(Display.twoDecimals(gained.divide(spent, MathContext.DECIMAL128)));
        }
        return new Worth(cost, perHead(cost, participants, "no participant"),
                perHead(cost, completed, "no participant completed"),
                perHead(cost, jpCredited, "no JP credited"), roi, ratio);
    }

    private static Figure<Long> perHead(long cost, long heads, String none) {
        return heads == 0 ? Figure.absent(none)
                : Figure.of(BigDecimal.valueOf(cost).divide(BigDecimal.valueOf(heads), 0, RoundingMode.HALF_UP)
                        .longValueExact());
    }
}
