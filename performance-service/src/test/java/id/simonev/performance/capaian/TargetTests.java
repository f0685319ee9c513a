package id.simonev.performance.capaian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTests {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-0.000001", "-1"})
    void aTargetOfZeroOrLessIsRefusedForCapaianWouldBeUndefined(BigDecimal value) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> Target.of(value));
        assertTrue(refusal.getMessage().contains("capaian would be undefined"), refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"0, 10", "-1, 10", "-10, -1"})
    void aRangeFromZeroOrLessIsRefusedForCapaianWouldBeUndefined(BigDecimal lower, BigDecimal upper) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Target.range(lower, upper));
        assertTrue(refusal.getMessage().contains("capaian would be undefined"), refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"80, 60", "60, 60", "60, 60.00", "60.000001, 60"})
    void aRangeRunsUpwards(BigDecimal lower, BigDecimal upper) {
        assertThrows(IllegalArgumentException.class, () -> Target.range(lower, upper));
    }

    @Test
    void aValueIsTheRangeOfOnePoint() {
        Target seven = Target.of(new BigDecimal("7"));
        assertEquals(new BigDecimal("7"), seven.lower());
        assertEquals(new BigDecimal("7"), seven.upper());
    }
}
