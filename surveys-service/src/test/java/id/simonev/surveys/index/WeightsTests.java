package id.simonev.surveys.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightsTests {

    @Test
    void equalWeightsAreOneOverTheItemCountExactly() {
        Weights ninths = Weights.equal(9);
        assertEquals(9, ninths.denominator());
        for (int item = 0; item < 9; item++) {
            assertEquals(1, ninths.numerator(item));
        }
        // with equal weights a respondent's points are the sum of their answers
        assertEquals(32, ninths.points(Tallies.WORKED_EXAMPLE[0]));
    }

    @Test
    void aUnitsOwnWeightsShareTheDenominatorOfTheirFinestScale() {
        Weights weights = Weights.of(decimals("0.5", "0.25", "0.25"));
        assertEquals(100, weights.denominator());
        assertEquals(50, weights.numerator(0));
        assertEquals(25, weights.numerator(1));
        assertEquals(25, weights.numerator(2));
        assertEquals(50 * 4 + 25 * 3 + 25 * 2, weights.points(new int[] {4, 3, 2}));
    }

    @Test
    void trailingZerosDoNotMakeTheDenominatorFiner() {
        Weights weights = Weights.of(decimals("0.5000000000", "0.2500", "0.25"));
        assertEquals(100, weights.denominator());
        assertEquals(50, weights.numerator(0));
    }

    @Test
    void aSingleItemWeighsOne() {
        Weights whole = Weights.of(decimals("1"));
        assertEquals(1, whole.denominator());
        assertEquals(1, whole.numerator(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0.5 0.3 0.1", // 0.9
            "0.5 0.3 0.3", // 1.1
            "0.111 0.111 0.111 0.111 0.111 0.111 0.111 0.111 0.111", // the rounded ninths: 0.999
            "0.5 0.5 0", // sums to 1 with an unweighted item
            "0.6 0.6 -0.2", // sums to 1 with a negative weight
            "0.2500000000001 0.7499999999999" // exact, but finer than a numerator holds
    })
    void weightsThatAreNotAllPositiveAndSummingToExactlyOneAreRefused(String weights) {
        List<BigDecimal> refused = decimals(weights.split(" "));
        assertThrows(IllegalArgumentException.class, () -> Weights.of(refused));
    }

    @Test
    void noWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Weights.of(Collections.emptyList()));
        assertThrows(IllegalArgumentException.class, () -> Weights.equal(0));
    }

    @Test
    void pointsNeedAnAnswerToEveryItem() {
        Weights ninths = Weights.equal(9);
        assertThrows(IllegalArgumentException.class, () -> ninths.points(new int[] {4, 4, 4, 4, 4, 4, 4, 4}));
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
