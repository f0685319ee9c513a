package id.simonev.performance.capaian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CapaianTests {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @ParameterizedTest(name = "{0}: target {1}, realised {2} -> {3}%")
    @CsvSource({
            // DOMAIN.md, "Performance: key indicators (IKU) and capaian": the worked examples
            "LOWER_IS_BETTER, 7, 6.5, 107.14",
            "LOWER_IS_BETTER, 8, 9, 87.50",
            // on target, either way
            "LOWER_IS_BETTER, 8, 8, 100.00",
            "HIGHER_IS_BETTER, 8, 8, 100.00",
            // just either side of the target, rounded half up for display: 99.875 and 100.125
            "HIGHER_IS_BETTER, 8, 7.99, 99.88",
            "HIGHER_IS_BETTER, 8, 8.01, 100.13",
            "LOWER_IS_BETTER, 8, 7.99, 100.13",
            "LOWER_IS_BETTER, 8, 8.01, 99.88",
            // higher is better is the plain ratio, with no ceiling
            "HIGHER_IS_BETTER, 80, 60, 75.00",
            "HIGHER_IS_BETTER, 80, 100, 125.00",
            "HIGHER_IS_BETTER, 3, 1, 33.33",
            "HIGHER_IS_BETTER, 3, 2, 66.67",
            "HIGHER_IS_BETTER, 10, 0, 0.00",
            // lower is better: nothing left is 200%, twice the target is 0%
            "LOWER_IS_BETTER, 10, 0, 200.00",
            "LOWER_IS_BETTER, 10, 19.99, 0.10",
            "LOWER_IS_BETTER, 10, 20, 0.00",
            // and beyond it the floor: -0.1%, -50%, -9800% are all 0%
            "LOWER_IS_BETTER, 10, 20.01, 0.00",
            "LOWER_IS_BETTER, 10, 25, 0.00",
            "LOWER_IS_BETTER, 10, 1000, 0.00"
    })
    void capaianFollowsTheDirectionOfTheIndicator(Direction direction, BigDecimal target, BigDecimal realisation,
                                                  BigDecimal expected) {
        assertEquals(expected, Display.twoDecimals(Capaian.of(direction, Target.of(target), realisation)));
    }

    @ParameterizedTest(name = "{0} {1}-{2}, realised {3} -> {4}%")
    @CsvSource({
            // higher is better, 60 to 80: inside the range (ends included) is 100%
            "HIGHER_IS_BETTER, 60, 80, 60, 100.00",
            "HIGHER_IS_BETTER, 60, 80, 70, 100.00",
            "HIGHER_IS_BETTER, 60, 80, 80, 100.00",
            // below the range, against its lower bound: 59.99 / 60, 30 / 60, 0 / 60
            "HIGHER_IS_BETTER, 60, 80, 59.99, 99.98",
            "HIGHER_IS_BETTER, 60, 80, 30, 50.00",
            "HIGHER_IS_BETTER, 60, 80, 0, 0.00",
            // above the range, against its upper bound: 80.01 / 80 = 1.000125, 120 / 80
            "HIGHER_IS_BETTER, 60, 80, 80.01, 100.01",
            "HIGHER_IS_BETTER, 60, 80, 120, 150.00",
            // lower is better, 60 to 80: inside the range (ends included) is 100%
            "LOWER_IS_BETTER, 60, 80, 60, 100.00",
            "LOWER_IS_BETTER, 60, 80, 70, 100.00",
            "LOWER_IS_BETTER, 60, 80, 80, 100.00",
            // below the range, against its lower bound: 2 - 59.99 / 60 = 1.0001667, 2 - 30 / 60, 2 - 0
            "LOWER_IS_BETTER, 60, 80, 59.99, 100.02",
            "LOWER_IS_BETTER, 60, 80, 30, 150.00",
            "LOWER_IS_BETTER, 60, 80, 0, 200.00",
            // above the range, against its upper bound: 2 - 1.000125 = 0.999875, 2 - 1.5, then the floor
            "LOWER_IS_BETTER, 60, 80, 80.01, 99.99",
            "LOWER_IS_BETTER, 60, 80, 120, 50.00",
            "LOWER_IS_BETTER, 60, 80, 160, 0.00",
            "LOWER_IS_BETTER, 60, 80, 200, 0.00"
    })
    void aRangeIsMetInsideAndMeasuredFromTheNearerBound(Direction direction, BigDecimal lower, BigDecimal upper,
                                                      BigDecimal realisation, BigDecimal expected) {
        assertEquals(expected, Display.twoDecimals(Capaian.of(direction, Target.range(lower, upper), realisation)));
    }

    @ParameterizedTest(name = "{0}, realised {1} in 60-80")
    @CsvSource({
            "HIGHER_IS_BETTER, 60", "HIGHER_IS_BETTER, 60.000001", "HIGHER_IS_BETTER, 79.999999",
            "HIGHER_IS_BETTER, 80",
            "LOWER_IS_BETTER, 60", "LOWER_IS_BETTER, 60.000001", "LOWER_IS_BETTER, 79.999999",
            "LOWER_IS_BETTER, 80"
    })
    void insideARangeIsExactlyAHundredNotJustWhenRounded(Direction direction, BigDecimal realisation) {
        BigDecimal capaian = Capaian.of(direction, Target.range(new BigDecimal("60"), new BigDecimal("80")),
                realisation);
        assertEquals(0, HUNDRED.compareTo(capaian), capaian.toPlainString());
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void fullPrecisionIsKeptUntilDisplay(Direction direction) {
        BigDecimal exact = Capaian.of(direction, Target.of(new BigDecimal("7")), new BigDecimal("6.5"));
        BigDecimal expected = direction == Direction.HIGHER_IS_BETTER
                ? new BigDecimal("92.85714285714285714285714285714286")
                : new BigDecimal("107.14285714285714285714285714285714");
        assertEquals(expected, exact);
    }

    @ParameterizedTest(name = "target 10, realised {0}")
    @CsvSource({"20", "20.000001", "25", "1000000"})
    void lowerIsBetterStopsAtZero(BigDecimal realisation) {
        BigDecimal capaian = Capaian.of(Direction.LOWER_IS_BETTER, Target.of(BigDecimal.TEN), realisation);
        assertEquals(0, BigDecimal.ZERO.compareTo(capaian), capaian.toPlainString());
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void aNegativeRealisationIsRefused(Direction direction) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Capaian.of(direction, Target.of(BigDecimal.TEN), new BigDecimal("-0.01")));
        assertTrue(refusal.getMessage().contains("-0.01"), refusal.getMessage());
    }
}
