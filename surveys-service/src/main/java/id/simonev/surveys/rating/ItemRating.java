package id.simonev.surveys.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item's result: how many answered it and, when at least {@link Anonymity#MIN_RESPONDENTS}
 * did, the mean (2 decimals), the top-2-box (the share of 4s and 5s, in %, 2 decimals) and the
 * band of the mean. Example (4 participants, D1): answers 5, 4, 4, 2 give 3.75, Baik, 75.00%.
 */
@Schema(description = "One item's result; the figures are absent when fewer than 3 answered it")
public record ItemRating(
        @Schema(example = "D1") String code,
        @Schema(example = "Kesesuaian materi dengan kebutuhan peserta") String name,
        @Schema(description = "How many answered the item", example = "4") long n,
        @Schema(description = "Mean answer, 2 decimals", example = "3.75") BigDecimal mean,
        @Schema(description = "Share of answers 4 or 5, in %, 2 decimals", example = "75.00") BigDecimal topTwoBox,
        @Schema(description = "Band of the mean as shown: Sangat Baik, Baik, Cukup, Kurang Baik, Tidak Baik",
                example = "Baik")
        RatingBand band) {

    public static ItemRating of(String code, String name, ItemTally tally) {
        if (!Anonymity.shows(tally.answered())) {
            return new ItemRating(code, name, tally.answered(), null, null, null);
        }
        BigDecimal mean = shown(tally.mean());
        return new ItemRating(code, name, tally.answered(), mean, shown(tally.topTwoPercent()), RatingBand.of(mean));
    }

    public boolean shown() {
        return mean != null;
    }

    static BigDecimal shown(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
