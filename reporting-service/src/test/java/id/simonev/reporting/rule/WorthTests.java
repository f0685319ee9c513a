package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WorthTests {

    private static Figure<BigDecimal> shown(String value) {
        return Figure.of(new BigDecimal(value));
    }

    @Test
    void byHand() {
        // Rp 50,000,000 for 30 taking part (1,666,666.67), 25 completing, 40 JP each (1,000 JP);
        // benefits Rp 80,000,000: ROI 30 / 50 x 100 = 60%, BCR 1.6
        Worth worth = Worth.of(50_000_000, 30, 25, 25 * 40, 80_000_000L);
        assertEquals(new Worth(50_000_000, Figure.of(1_666_667L), Figure.of(2_000_000L), Figure.of(50_000L),
                shown("60.00"), shown("1.60")), worth);
    }

    @Test
    void costsPerHeadAreRoundedHalfUpToWholeRupiah() {
        // 100 / 8 = 12.5 -> 13; 100 / 3 = 33.33 -> 33; 100 / 6 = 16.67 -> 17
        Worth worth = Worth.of(100, 8, 3, 6, null);
        assertEquals(Figure.of(13L), worth.perParticipant());
        assertEquals(Figure.of(33L), worth.perCompletedParticipant());
        assertEquals(Figure.of(17L), worth.perJpCredited());
    }

    @Test
    void roiAndBcrOnlyWithABenefitEstimate() {
        Worth worth = Worth.of(50_000_000, 30, 25, 1000, null);
        assertEquals(Figure.absent("no benefit estimate"), worth.roiPercent());
        assertEquals(Figure.absent("no benefit estimate"), worth.benefitCostRatio());
    }

    @Test
    void aProgramWorthLessThanItCost() {
        // 20 of 30 million back: ROI -10 / 30 = -33.33%, BCR 0.67; nothing back: -100%, 0
        Worth worth = Worth.of(30_000_000, 20, 20, 800, 20_000_000L);
        assertEquals(shown("-33.33"), worth.roiPercent());
        assertEquals(shown("0.67"), worth.benefitCostRatio());
        assertEquals(shown("-100.00"), Worth.of(30_000_000, 20, 20, 800, 0L).roiPercent());
        assertEquals(shown("0.00"), Worth.of(30_000_000, 20, 20, 800, 0L).benefitCostRatio());
    }

    @Test
    void nothingToDivideBy() {
        Worth nobody = Worth.of(10_000_000, 0, 0, 0, 5_000_000L);
        assertEquals(Figure.absent("no participant"), nobody.perParticipant());
        assertEquals(Figure.absent("no participant completed"), nobody.perCompletedParticipant());
        assertEquals(Figure.absent("no JP credited"), nobody.perJpCredited());
        assertEquals(shown("-50.00"), nobody.roiPercent());

        Worth nothingSpent = Worth.of(0, 30, 25, 1000, 5_000_000L);
        assertEquals(Figure.of(0L), nothingSpent.perParticipant());
        assertEquals(Figure.absent("no cost realised: ROI and BCR are taken against a cost above 0"),
                nothingSpent.roiPercent());
        assertEquals(nothingSpent.roiPercent(), nothingSpent.benefitCostRatio());
        assertEquals(Figure.absent("no benefit estimate"), Worth.of(0, 30, 25, 1000, null).roiPercent());
    }

    @Test
    void nothingIsNegativeAndThoseWhoCompletedTookPart() {
        assertThrows(IllegalArgumentException.class, () -> Worth.of(-1, 1, 1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> Worth.of(1, 1, 2, 1, null));
        assertThrows(IllegalArgumentException.class, () -> Worth.of(1, 1, 1, 1, -1L));
    }
}
