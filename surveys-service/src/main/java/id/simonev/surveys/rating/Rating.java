package id.simonev.surveys.rating;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of one questionnaire section (a program's delivery, one trainer, one rater role of
 * the 360): how many answered it, each item, and the overall mean (the mean of the item means) with
 * its band. With fewer than {@link Anonymity#MIN_RESPONDENTS} respondents only the counts are shown;
 * an item answered by fewer (an optional one) is shown by its count and left out of the overall.
 */
@Schema(description = "A questionnaire section's result: counts always, figures from 3 respondents up")
public record Rating(
        @Schema(description = "How many answered the section", example = "24") long respondents,
        @Schema(description = "Whether the figures are shown: at least 3 respondents") boolean shown,
        List<ItemRating> items,
        @Schema(description = "Mean of the shown items' means, 2 decimals", example = "4.12") BigDecimal overall,
        @Schema(description = "Band of the overall mean", example = "Baik") RatingBand band) {

    /** One item of the section with its sums. */
    public record Item(String code, String name, ItemTally tally) {
    }

    public static Rating of(long respondents, List<Item> items) {
        if (!Anonymity.shows(respondents)) {
            return new Rating(respondents, false, items.stream()
                    .map(item -> new ItemRating(item.code(), item.name(), item.tally().answered(), null, null, null))
                    .toList(), null, null);
        }
        List<Item> shownItems = items.stream().filter(item -> Anonymity.shows(item.tally().answered())).toList();
        BigDecimal overall = shownItems.isEmpty() ? null : ItemRating.shown(shownItems.stream()
                .map(item -> item.tally().mean())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(shownItems.size()), MathContext.DECIMAL128));
        return new Rating(respondents, true,
                items.stream().map(item -> ItemRating.of(item.code(), item.name(), item.tally())).toList(),
                overall, overall == null ? null : RatingBand.of(overall));
    }
}
