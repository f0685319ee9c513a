package id.simonev.surveys.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far one rater role's figures lie above another's (the alumni's own rating minus their
 * supervisors', a finding of the post-training 360 in itself), from the figures as shown, so that
 * a reader can check it by subtraction. Only where both sides are shown.
 */
@Schema(description = "One role's shown means minus another's; absent where either is not shown")
public record RatingGap(
        @Schema(description = "Overall mean minus overall mean", example = "0.45") BigDecimal overall,
        @Schema(description = "Item by item, where both are shown") List<ItemGap> items) {

    /** One item's gap. */
    public record ItemGap(@Schema(example = "B3") String code, @Schema(example = "0.50") BigDecimal gap) {
    }

    /** The gap of {@code minuend} over {@code subtrahend}; null when either is not shown. */
    public static RatingGap between(Rating minuend, Rating subtrahend) {
        if (!minuend.shown() || !subtrahend.shown() || minuend.overall() == null || subtrahend.overall() == null) {
            return null;
        }
        Map<String, ItemRating> other = subtrahend.items().stream()
                .filter(ItemRating::shown)
                .collect(Collectors.toMap(ItemRating::code, Function.identity()));
        List<ItemGap> items = minuend.items().stream()
                .filter(item -> item.shown() && other.containsKey(item.code()))
                .map(item -> new ItemGap(item.code(), item.mean().subtract(other.get(item.code()).mean())))
                .toList();
        return new RatingGap(minuend.overall().subtract(subtrahend.overall()), items);
    }
}
