package id.simonev.reporting.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The result of one questionnaire section (a program's delivery, one trainer): how many answered
 * it, each item, and the overall mean (the mean of the shown items' exact means, 2 decimals) with its
 * band. With fewer than {@link Anonymity#MIN_RESPONDENTS} respondents only the counts are shown; an
 * item answered by fewer (an optional one) is shown by its count and left out of the overall. The
 * same rule as surveys-service's, computed here from reporting's own sums.
 *
 * @param shown   whether the figures are shown: at least {@link Anonymity#MIN_RESPONDENTS} respondents
 * @param overall null when not shown or no item is
 * @param band    the band of the overall as shown; null with it
 */
public record Rating(long respondents, boolean shown, List<ItemRating> items, BigDecimal overall, RatingBand band) {

    /** The rule's provenance id. */
    public static final String RULE = "rating:mean-top2-band-0.8-v1";

    public Rating {
        items = List.copyOf(items);
    }

    /** One item of the section with its sums. */
    public record Item(String code, ItemTally tally) {
    }

    public static Rating of(long respondents, List<Item> items) {
        if (!Anonymity.shows(respondents)) {
            return new Rating(respondents, false, items.stream()
                    .map(item -> new ItemRating(item.code(), item.tally().answered(), null, null, null))
                    .toList(), null, null);
        }
        List<Item> shownItems = items.stream().filter(item -> Anonymity.shows(item.tally().answered())).toList();
        BigDecimal overall = shownItems.isEmpty() ? null : ItemRating.shown(shownItems.stream()
                .map(item -> item.tally().mean())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(shownItems.size()), MathContext.DECIMAL128));
        return new Rating(respondents, true, items.stream().map(item -> ItemRating.of(item.code(), item.tally()))
                .toList(), overall, overall == null ? null : RatingBand.of(overall));
    }
}
