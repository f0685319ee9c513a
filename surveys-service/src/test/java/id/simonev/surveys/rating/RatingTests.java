package id.simonev.surveys.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        ItemRating d1 = ItemRating.of("D1", "Kesesuaian materi", new ItemTally(4, 15, 3));
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
    void aMeanIsBandedAsShownSoTheTableHasNoGaps() {
        // 841 / 200 = 4.205, shown 4.21: Sangat Baik, as the reader sees it.
        ItemRating item = ItemRating.of("T1", "Penguasaan materi", new ItemTally(200, 841, 150));
        assertEquals(new BigDecimal("4.21"), item.mean());
        assertEquals(RatingBand.SANGAT_BAIK, item.band());
        // 8 / 3 = 2.6667 -> 2.67, Cukup; 1 of 3 in the top two boxes: 33.33%.
        ItemRating third = ItemRating.of("T2", "Sistematika", new ItemTally(3, 8, 1));
        assertEquals(new BigDecimal("2.67"), third.mean());
        assertEquals(RatingBand.CUKUP, third.band());
        assertEquals(new BigDecimal("33.33"), third.topTwoBox());
    }

    @Test
    void fewerThanThreeRespondentsShowTheCountOnly() {
        ItemRating two = ItemRating.of("D1", "Kesesuaian materi", new ItemTally(2, 10, 2));
        assertEquals(2, two.n());
        assertFalse(two.shown());
        assertNull(two.mean());
        assertNull(two.topTwoBox());
        assertNull(two.band());
        Rating section = Rating.of(2, List.of(new Rating.Item("D1", "Kesesuaian materi", new ItemTally(2, 10, 2))));
        assertFalse(section.shown());
        assertNull(section.overall());
        assertEquals(2, section.items().get(0).n());
    }

    @Test
    void theOverallIsTheMeanOfTheShownItemsExactMeans() {
        // T1 10/3 = 3.3333, T2 13/3 = 4.3333: overall 3.8333 -> 3.83 (not (3.33 + 4.33) / 2 = 3.83 by luck:
        // T3 11/3 = 3.6667 makes it 11.3333 / 3 = 3.7778 -> 3.78, where the shown means would give 3.7767 -> 3.78).
        // T14, answered by two, is shown by its count and left out.
        Rating rating = Rating.of(3, List.of(
                new Rating.Item("T1", "a", new ItemTally(3, 10, 1)),
                new Rating.Item("T2", "b", new ItemTally(3, 13, 3)),
                new Rating.Item("T3", "c", new ItemTally(3, 11, 2)),
                new Rating.Item("T14", "d", new ItemTally(2, 2, 0))));
        assertTrue(rating.shown());
        assertEquals(new BigDecimal("3.78"), rating.overall());
        assertEquals(RatingBand.BAIK, rating.band());
        assertFalse(rating.items().get(3).shown());
        assertEquals(2, rating.items().get(3).n());
    }

    @Test
    void theGapOfSelfOverSupervisorIsTakenFromTheShownFigures() {
        Rating self = Rating.of(3, List.of(new Rating.Item("B1", "a", new ItemTally(3, 13, 3)),
                new Rating.Item("B2", "b", new ItemTally(3, 12, 3))));
        Rating supervisor = Rating.of(3, List.of(new Rating.Item("B1", "a", new ItemTally(3, 10, 1)),
                new Rating.Item("B2", "b", new ItemTally(3, 12, 3))));
        RatingGap gap = RatingGap.between(self, supervisor);
        // self: 4.33 and 4.00, overall 4.1667 -> 4.17; supervisor: 3.33 and 4.00, overall 3.6667 -> 3.67.
        assertEquals(new BigDecimal("0.50"), gap.overall());
        assertEquals(new BigDecimal("1.00"), gap.items().get(0).gap());
        assertEquals(new BigDecimal("0.00"), gap.items().get(1).gap());
        assertNull(RatingGap.between(self, Rating.of(2, List.of(new Rating.Item("B1", "a",
                new ItemTally(2, 8, 2))))));
    }
}
