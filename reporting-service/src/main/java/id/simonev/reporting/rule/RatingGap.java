package id.simonev.reporting.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How far one rater role's figures lie above another's in the post-training 360: the alumni's own
 * rating minus their supervisors' (atasan langsung), a finding in itself. Taken from the figures as
 * shown, so that a reader can check it by subtraction: overall minus overall, and item by item where
 * both show the item. The same rule as surveys-service's, computed here from reporting's own sums.
 * Example: self B1 4.50, B2 4.00, overall 4.25; supervisors B1 3.67, B2 4.00, overall 3.83: the gap
 * is 0.42 overall, 0.83 on B1 and 0.00 on B2.
 *
 * @param overall absent, with the reason, when either side's overall is not shown
 * @param items   the items both sides show, in the first side's order
 */
public record RatingGap(Figure<BigDecimal> overall, List<ItemGap> items) {

    public RatingGap {
        items = List.copyOf(items);
    }

    /** One item's mean minus the other side's, both as shown. */
    public record ItemGap(String code, BigDecimal gap) {
    }

    /** The gap of {@code minuend} over {@code subtrahend}; each side is named in the reason it gives. */
    public static RatingGap between(Rating minuend, String minuendName, Rating subtrahend, String subtrahendName) {
        Map<String, BigDecimal> other = subtrahend.items().stream()
                .filter(item -> item.mean() != null)
                .collect(Collectors.toMap(ItemRating::code, ItemRating::mean));
        List<ItemGap> items = minuend.items().stream()
                .filter(item -> item.mean() != null && other.containsKey(item.code()))
                .map(item -> new ItemGap(item.code(), item.mean().subtract(other.get(item.code()))))
                .toList();
        return new RatingGap(Figure.combine(overall(minuend, minuendName), overall(subtrahend, subtrahendName),
                BigDecimal::subtract), items);
    }

    private static Figure<BigDecimal> overall(Rating rating, String name) {
        if (!rating.shown()) {
            return Figure.absent("not enough data: the " + name + " rating has " + rating.respondents()
                    + " respondents, fewer than " + Anonymity.MIN_RESPONDENTS);
        }
        return rating.overall() == null
                ? Figure.absent("not enough data: no item of the " + name + " rating is shown")
                : Figure.of(rating.overall());
    }
}
