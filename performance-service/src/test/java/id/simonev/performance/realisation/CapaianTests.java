package id.simonev.performance.realisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapaianTests {

    @ParameterizedTest(name = "{0}: target {1}, realised {2} -> {3}%")
    @CsvSource({
            // docs/domain.md, "Capaian": the worked examples
            "LOWER_IS_BETTER, 7, 6.5, 107.14",
            "LOWER_IS_BETTER, 8, 9, 87.50",
            // on target, either way
            "LOWER_IS_BETTER, 8, 8, 100.00",
            "HIGHER_IS_BETTER, 8, 8, 100.00",
            // higher is better is the plain ratio
            "HIGHER_IS_BETTER, 80, 60, 75.00",
            "HIGHER_IS_BETTER, 80, 100, 125.00",
            "HIGHER_IS_BETTER, 3, 1, 33.33",
            "HIGHER_IS_BETTER, 3, 2, 66.67",
            // lower is better: nothing left is 200%, twice the target is 0%, beyond it negative
            "LOWER_IS_BETTER, 10, 0, 200.00",
            "LOWER_IS_BETTER, 10, 20, 0.00",
            "LOWER_IS_BETTER, 10, 25, -50.00",
            "HIGHER_IS_BETTER, 10, 0, 0.00"
    })
    void capaianFollowsTheDirectionOfTheIndicator(Direction direction, BigDecimal target, BigDecimal realisation,
                                                  BigDecimal expected) {
        assertEquals(expected, Display.twoDecimals(Capaian.percent(direction, target, realisation)));
    }

    @ParameterizedTest
    @CsvSource({"HIGHER_IS_BETTER", "LOWER_IS_BETTER"})
    void fullPrecisionIsKeptUntilDisplay(Direction direction) {
        BigDecimal exact = Capaian.percent(direction, new BigDecimal("7"), new BigDecimal("6.5"));
        BigDecimal expected = direction == Direction.HIGHER_IS_BETTER
                ? new BigDecimal("92.85714285714285714285714285714286")
                : new BigDecimal("107.14285714285714285714285714285714");
        assertEquals(0, expected.compareTo(exact), exact.toPlainString());
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void aTargetThatIsNotPositiveHasNoCapaian(BigDecimal target) {
        assertThrows(IllegalArgumentException.class,
                () -> Capaian.percent(Direction.HIGHER_IS_BETTER, target, BigDecimal.ONE));
    }
}
