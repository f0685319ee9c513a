package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedDifferenceTests {

    private static PairedDifference of(String... differences) {
        List<BigDecimal> values = List.of(differences).stream().map(BigDecimal::new).toList();
        return PairedDifference.of(values.size(), values.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                values.stream().map(value -> value.pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Figure<BigDecimal> shown(String value) {
        return Figure.of(new BigDecimal(value));
    }

    @Test
    void domainExample() {
        // DOMAIN.md: d = 30, 10, 20 -> mean 20, sd 10, t(0.975, 2) = 4.3027, 20 ± 24.84
        PairedDifference difference = of("30", "10", "20");
        assertEquals(3, difference.n());
        assertEquals(shown("20.00"), difference.mean());
        assertEquals(shown("10.00"), difference.standardDeviation());
        assertEquals(Figure.of(new Interval(new BigDecimal("-4.84"), new BigDecimal("44.84"))), difference.interval());
    }

    @Test
    void twoDifferencesByHand() {
        // d = 10, 20: mean 15, sd √50 = 7.0711, sd / √2 = 5, t(0.975, 1) = 12.7062: 15 ± 63.53
        PairedDifference difference = of("10", "20");
        assertEquals(shown("15.00"), difference.mean());
        assertEquals(shown("7.07"), difference.standardDeviation());
        assertEquals(Figure.of(new Interval(new BigDecimal("-48.53"), new BigDecimal("78.53"))),
                difference.interval());
    }

    @Test
    void decimalScoresStayExact() {
        // d = 0.01, 0.02, 0.03, 0.04: mean 0.025, sd 0.012910, t(0.975, 3) = 3.1824, ± 0.020543
        PairedDifference difference = of("0.01", "0.02", "0.03", "0.04");
        assertEquals(shown("0.03"), difference.mean());
        assertEquals(shown("0.01"), difference.standardDeviation());
        assertEquals(Figure.of(new Interval(new BigDecimal("0.00"), new BigDecimal("0.05"))), difference.interval());
    }

    @Test
    void equalDifferencesHaveAnIntervalOfNoWidth() {
        PairedDifference difference = of("5", "5", "5");
        assertEquals(shown("0.00"), difference.standardDeviation());
        assertEquals(Figure.of(new Interval(new BigDecimal("5.00"), new BigDecimal("5.00"))), difference.interval());
    }

    @Test
    void oneParticipantHasAMeanButNoInterval() {
        PairedDifference difference = of("12.5");
        assertEquals(shown("12.50"), difference.mean());
        assertFalse(difference.interval().present());
        assertEquals("not enough data: one participant's difference has no spread to estimate an interval from "
                + "(it takes 2)", difference.interval().reason());
        assertFalse(difference.standardDeviation().present());
    }

    @Test
    void withoutParticipantsThereIsNothing() {
        PairedDifference difference = PairedDifference.of(0, BigDecimal.ZERO, BigDecimal.ZERO);
        Figure<BigDecimal> none = Figure.absent(
                "not enough data: no participant has both a pre-test and a post-test score");
        assertEquals(none, difference.mean());
        assertEquals(none, difference.standardDeviation());
        assertFalse(difference.interval().present());
    }

    @Test
    void inconsistentSumsAreRefused() {
        // two differences summing to 10 have Σd² of at least 50
        assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(2, BigDecimal.TEN, new BigDecimal("49.99")));
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(-1, BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
