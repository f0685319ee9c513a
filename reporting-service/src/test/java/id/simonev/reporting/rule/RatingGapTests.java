package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-minus-supervisor gap of the post-training 360, against docs/domain.md and figures computed by hand. */
class RatingGapTests {

    /** Self (4 alumni): B1 5, 5, 4, 4 (4.50), B2 4, 4, 4, 4 (4.00): overall 4.25. */
    private static final Rating SELF = Rating.of(4, List.of(
            new Rating.Item("B1", new ItemTally(4, 18, 4)),
            new Rating.Item("B2", new ItemTally(4, 16, 4))));
    /** Supervisors (3): B1 4, 4, 3 (11/3, shown 3.67), B2 4, 4, 4 (4.00): overall 3.8333, shown 3.83. */
    private static final Rating SUPERVISORS = Rating.of(3, List.of(
            new Rating.Item("B1", new ItemTally(3, 11, 2)),
            new Rating.Item("B2", new ItemTally(3, 12, 3))));

    @Test
    void domainsExampleIsTakenFromTheShownFigures() {
        RatingGap gap = RatingGap.between(SELF, "self", SUPERVISORS, "supervisor");

        // 4.25 - 3.83 = 0.42 (the exact means would give 0.4167); B1 4.50 - 3.67 = 0.83; B2 0.00.
        assertEquals(new BigDecimal("0.42"), gap.overall().value());
        assertEquals(List.of(new RatingGap.ItemGap("B1", new BigDecimal("0.83")),
                new RatingGap.ItemGap("B2", new BigDecimal("0.00"))), gap.items());
    }

    @Test
    void aSideBelowThreeRespondentsGivesNoGapAndSaysWhy() {
        Rating two = Rating.of(2, List.of(new Rating.Item("B1", new ItemTally(2, 8, 2))));

        RatingGap gap = RatingGap.between(SELF, "self", two, "supervisor");

        assertNull(gap.overall().value());
        assertEquals("not enough data: the supervisor rating has 2 respondents, fewer than 3", gap.overall().reason());
        assertEquals(List.of(), gap.items());
        assertEquals("not enough data: the self rating has 0 respondents, fewer than 3; not enough data: the "
                + "supervisor rating has 2 respondents, fewer than 3",
                RatingGap.between(Rating.of(0, List.of()), "self", two, "supervisor").overall().reason());
    }

    @Test
    void onlyTheItemsBothSidesShowHaveAGap() {
        // The supervisors' B2 answered by two of the three: shown by its count, so no B2 gap; their overall is B1's.
        Rating supervisors = Rating.of(3, List.of(
                new Rating.Item("B1", new ItemTally(3, 12, 3)),
                new Rating.Item("B2", new ItemTally(2, 10, 2))));

        RatingGap gap = RatingGap.between(SELF, "self", supervisors, "supervisor");

        // 4.25 - 4.00 = 0.25; B1 4.50 - 4.00 = 0.50.
        assertEquals(new BigDecimal("0.25"), gap.overall().value());
        assertEquals(List.of(new RatingGap.ItemGap("B1", new BigDecimal("0.50"))), gap.items());
    }

    @Test
    void aShownRatingWithoutAShownItemHasNoOverallToSubtract() {
        Rating noItem = Rating.of(3, List.of(new Rating.Item("B1", new ItemTally(2, 10, 2))));

        assertEquals("not enough data: no item of the supervisor rating is shown",
                RatingGap.between(SELF, "self", noItem, "supervisor").overall().reason());
    }
}
