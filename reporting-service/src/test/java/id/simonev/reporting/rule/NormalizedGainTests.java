package id.simonev.reporting.rule;

import static id.simonev.reporting.rule.NormalizedGain.Band.HIGH;
import static id.simonev.reporting.rule.NormalizedGain.Band.LOW;
import static id.simonev.reporting.rule.NormalizedGain.Band.MEDIUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedGainTests {

    @Test
    void domainExample() {
        // DOMAIN.md: pre 40, post 70 -> g = 0.5, medium
        assertEquals(0, new BigDecimal("0.5").compareTo(
                NormalizedGain.of(new BigDecimal("40"), new BigDecimal("70")).value()));
        assertEquals(Figure.of(MEDIUM), NormalizedGain.band(new BigDecimal("40"), new BigDecimal("70")));
    }

    @ParameterizedTest(name = "pre {0}, post {1}: g = {2}, {3}")
    @CsvSource({
            // the bands' edges, from a pre-test of 0, 50 and 10 (where g is 63/90): 0.7 and 0.3 are medium
            "0, 70, 0.7, MEDIUM", "0, 70.01, 0.7001, HIGH", "0, 30, 0.3, MEDIUM", "0, 29.99, 0.2999, LOW",
            "50, 85, 0.7, MEDIUM", "50, 85.01, 0.7002, HIGH", "50, 65, 0.3, MEDIUM", "50, 64.99, 0.2998, LOW",
            "10, 73, 0.7, MEDIUM", "10, 73.01, 0.7001111111111111111111111111111111, HIGH",
            "70, 79, 0.3, MEDIUM",
            // just above 0.7 by 0.000015, though shown as 0.70: the band is of the exact g
            "33.33, 80, 0.7000149992500374981250937453127344, HIGH",
            // a loss is low; all of the room gained is 1
            "60, 50, -0.25, LOW", "99.99, 100, 1, HIGH", "40, 100, 1, HIGH", "0, 0, 0, LOW"
    })
    void theBandIsOfTheExactGain(BigDecimal pre, BigDecimal post, BigDecimal gain, NormalizedGain.Band band) {
        assertEquals(0, gain.compareTo(NormalizedGain.of(pre, post).value()));
        assertEquals(Figure.of(band), NormalizedGain.band(pre, post));
    }

    @Test
    void aPreTestOf100LeavesNoRoomToGain() {
        for (String post : new String[] {"100", "90"}) {
            Figure<BigDecimal> gain = NormalizedGain.of(new BigDecimal("100"), new BigDecimal(post));
            assertFalse(gain.present());
            assertEquals("a pre-test score of 100 leaves no room to gain: g is undefined", gain.reason());
            assertFalse(NormalizedGain.band(new BigDecimal("100.00"), new BigDecimal(post)).present());
        }
    }

    @Test
    void scoresRunFrom0To100() {
        assertThrows(IllegalArgumentException.class, () -> NormalizedGain.of(new BigDecimal("-0.01"), BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> NormalizedGain.of(BigDecimal.TEN, new BigDecimal("100.01")));
        assertThrows(NullPointerException.class, () -> NormalizedGain.band(null, BigDecimal.TEN));
    }
}
