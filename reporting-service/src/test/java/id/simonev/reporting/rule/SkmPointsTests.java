package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkmPointsTests {

    /** DOMAIN.md's four responses, equal weights: points 32, 27, 33, 28 (the sums of their answers). */
    private static final SkmPoints DOMAIN_EXAMPLE = new SkmPoints(9, 0, 0).plus(32).plus(27).plus(33).plus(28);
    /** docs/domain.md's office weights (U1 0.2, the others 0.1, D = 10): points 24 and 32. */
    private static final SkmPoints OFFICE_WEIGHTS = new SkmPoints(10, 2, 56);

    private static BigDecimal shown(List<SkmPoints> groups) {
        return Display.twoDecimals(SkmPoints.ikm(groups).orElseThrow());
    }

    @Test
    void oneWeightingGivesTheRegulationsIkm() {
        // 25 x 120 / 36 = 83.33; 25 x 56 / 20 = 70.00
        assertEquals(new SkmPoints(9, 4, 120), DOMAIN_EXAMPLE);
        assertEquals(0, new BigDecimal("83.33333333333333333333333333333333")
                .compareTo(SkmPoints.ikm(List.of(DOMAIN_EXAMPLE)).orElseThrow()));
        assertEquals(new BigDecimal("70.00"), shown(List.of(OFFICE_WEIGHTS)));
    }

    @Test
    void weightingsTogetherGiveTheMeanOfTheRespondentsScores() {
        // scores 88.89, 75.00, 91.67, 77.78 and 60.00, 80.00: (333.33 + 140) / 6 = 78.89, exactly
        // 25 x (120 x 10 + 56 x 9) / (90 x 6) = 42600 / 540
        assertEquals(new BigDecimal("78.89"), shown(List.of(DOMAIN_EXAMPLE, OFFICE_WEIGHTS)));
        assertEquals(0, new BigDecimal("42600").divide(new BigDecimal("540"), MathContext.DECIMAL128)
                .compareTo(SkmPoints.ikm(List.of(OFFICE_WEIGHTS, DOMAIN_EXAMPLE)).orElseThrow()));
    }

    @Test
    void groupsOfOneWeightingAddUp() {
        // the same responses kept per period: 32 and 27 in one quarter, 33 and 28 in the next
        assertEquals(SkmPoints.ikm(List.of(DOMAIN_EXAMPLE)),
                SkmPoints.ikm(List.of(new SkmPoints(9, 2, 59), new SkmPoints(9, 2, 61))));
    }

    @Test
    void aWindowWithoutResponsesHasNoIkm() {
        assertTrue(SkmPoints.ikm(List.of()).isEmpty());
        assertTrue(SkmPoints.ikm(List.of(new SkmPoints(9, 0, 0))).isEmpty());
    }

    @Test
    void pointsLieBetweenAllOnesAndAllFours() {
        assertEquals(new BigDecimal("25.00"), shown(List.of(new SkmPoints(9, 2, 18))));
        assertEquals(new BigDecimal("100.00"), shown(List.of(new SkmPoints(9, 2, 72))));
        assertThrows(IllegalArgumentException.class, () -> new SkmPoints(9, 2, 17));
        assertThrows(IllegalArgumentException.class, () -> new SkmPoints(9, 2, 73));
        assertThrows(IllegalArgumentException.class, () -> new SkmPoints(0, 0, 0));
    }
}
