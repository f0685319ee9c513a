package id.simonev.reporting.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One item's result: how many answered it and, when at least {@link Anonymity#MIN_RESPONDENTS}
 * did, the mean (2 decimals, half up), the top-2-box (the share of 4s and 5s, in %, 2 decimals) and
 * the band of the mean as shown; otherwise the three are null. Example (4 participants, D1): answers
 * 5, 4, 4, 2 give 3.75, Baik, 75.00%.
 *
 * @param n how many answered the item
 */
public record ItemRating(String code, long n, BigDecimal mean, BigDecimal topTwoBox, RatingBand band) {

    public static ItemRating of(String code, ItemTally tally) {
        if (!Anonymity.shows(tally.answered())) {
            return new ItemRating(code, tally.answered(), null, null, null);
        }
        BigDecimal mean = shown(tally.mean());
        return new ItemRating(code, tally.answered(), mean, shown(tally.topTwoPercent()), RatingBand.of(mean));
    }

    static BigDecimal shown(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
