package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of the program questionnaires, against DOMAIN.md and figures computed by hand. */
class RatingTests {

    @Test
    void domainsExampleFourParticipantsOnD1() {
        // 5, 4, 4, 2 -> mean 3.75 (Baik), top-2-box 75%.
        ItemRating d1 = ItemRating.of("D1", new ItemTally(4, 15, 3));
        assertEquals(4, d1.n());
        assertEquals(new BigDecimal("3.75"), d1.mean());
        assertEquals(new BigDecimal("75.00"), d1.topTwoBox());
        assertEquals(RatingBand.BAIK, d1.band());
        assertEquals("Baik", d1.band().label());
    }

    @ParameterizedTest
    @CsvSource({"5.00, SANGAT_BAIK", "4.21, SANGAT_BAIK", "4.20, BAIK", "3.41, BAIK", "3.40, CUKUP", "2.61, CUKUP",
            "2.60, KURANG_BAIK", "1.81, KURANG_BAIK", "1.80, TIDAK_BAIK", "1.00, TIDAK_BAIK"})
    void everyBandBoundary(String mean, RatingBand band) {
        assertEquals(band, RatingBand.of(new BigDecimal(mean)));
    }

    @Test
    void aMeanBelowTheScaleHasNoBand() {
        assertThrows(IllegalArgumentException.class, () -> RatingBand.of(new BigDecimal("0.99")));
    }

    @Test
    void aMeanIsBandedAsShownSoTheTableHasNoGaps() {
        // 841 / 200 = 4.205, shown 4.21: Sangat Baik, as the reader sees it.
        ItemRating item = ItemRating.of("T1", new ItemTally(200, 841, 150));
        assertEquals(new BigDecimal("4.21"), item.mean());
        assertEquals(RatingBand.SANGAT_BAIK, item.band());
        // 8 / 3 = 2.6667 -> 2.67, Cukup; 1 of 3 in the top two boxes: 33.33%.
        ItemRating third = ItemRating.of("T2", new ItemTally(3, 8, 1));
        assertEquals(new BigDecimal("2.67"), third.mean());
        assertEquals(RatingBand.CUKUP, third.band());
        assertEquals(new BigDecimal("33.33"), third.topTwoBox());
    }

    @Test
    void fewerThanThreeRespondentsShowTheCountOnly() {
        ItemRating two = ItemRating.of("D1", new ItemTally(2, 10, 2));
        assertEquals(2, two.n());
        assertNull(two.mean());
        assertNull(two.topTwoBox());
        assertNull(two.band());
        Rating section = Rating.of(2, List.of(new Rating.Item("D1", new ItemTally(2, 10, 2))));
        assertFalse(section.shown());
        assertNull(section.overall());
        assertNull(section.band());
        assertEquals(2, section.items().get(0).n());
        assertNull(section.items().get(0).mean());
    }

    @Test
    void theOverallIsTheMeanOfTheShownItemsExactMeans() {
        // T1 10/3, T2 13/3, T3 11/3: exact means 34/9 = 3.7778 -> 3.78; T14, answered by two, is shown by
        // its count and left out.
        Rating rating = Rating.of(3, List.of(
                new Rating.Item("T1", new ItemTally(3, 10, 1)),
                new Rating.Item("T2", new ItemTally(3, 13, 3)),
                new Rating.Item("T3", new ItemTally(3, 11, 2)),
                new Rating.Item("T14", new ItemTally(2, 2, 0))));
        assertTrue(rating.shown());
        assertEquals(new BigDecimal("3.78"), rating.overall());
        assertEquals(RatingBand.BAIK, rating.band());
        assertNull(rating.items().get(3).mean());
        assertEquals(2, rating.items().get(3).n());
        assertEquals("rating:mean-top2-band-0.8-v1", Rating.RULE);
    }

    @Test
    void countsOfAnItemCannotContradictEachOther() {
        assertThrows(IllegalArgumentException.class, () -> new ItemTally(2, 10, 3));
        assertThrows(IllegalArgumentException.class, () -> new ItemTally(-1, 0, 0));
    }
}
