package id.simonev.performance.capaian;

import static id.simonev.performance.capaian.Direction.HIGHER_IS_BETTER;
import static id.simonev.performance.capaian.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AggregationTests {

    /** DOMAIN.md's year: targets 40, 50, 50, 60, realisations 44, 45, 55, 48. */
    private static final List<PeriodFigure> YEAR = List.of(
            quarter(1, "40", "44"), quarter(2, "50", "45"), quarter(3, "50", "55"), quarter(4, "60", "48"));

    private static PeriodFigure quarter(int quarter, String target, String realisation) {
        return quarter(quarter, Target.of(new BigDecimal(target)), realisation);
    }

    private static PeriodFigure quarter(int quarter, Target target, String realisation) {
        return new PeriodFigure(LocalDate.of(2026, quarter * 3 - 2, 1), target,
                realisation == null ? null : new BigDecimal(realisation));
    }

    private static Target range(String lower, String upper) {
        return Target.range(new BigDecimal(lower), new BigDecimal(upper));
    }

    private static BigDecimal displayed(Aggregation aggregation, Direction direction, List<PeriodFigure> figures) {
        return Display.twoDecimals(aggregation.combine(direction, figures).orElseThrow());
    }

    @ParameterizedTest(name = "{0}, Q{1} -> {2}%")
    @CsvSource({
            // DOMAIN.md: 44 / 40, 45 / 50, 55 / 50, 48 / 60
            "HIGHER_IS_BETTER, 1, 110", "HIGHER_IS_BETTER, 2, 90", "HIGHER_IS_BETTER, 3, 110",
            "HIGHER_IS_BETTER, 4, 80",
            // by hand: 2 - 1.1, 2 - 0.9, 2 - 1.1, 2 - 0.8
            "LOWER_IS_BETTER, 1, 90", "LOWER_IS_BETTER, 2, 110", "LOWER_IS_BETTER, 3, 90",
            "LOWER_IS_BETTER, 4, 120"
    })
    void eachQuarterOfTheYearHasItsCapaian(Direction direction, int quarter, BigDecimal expected) {
        PeriodFigure figure = YEAR.get(quarter - 1);
        assertEquals(0, expected.compareTo(Capaian.of(direction, figure.target(), figure.realisation())));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}%")
    @CsvSource({
            // DOMAIN.md: 192 / 200; Q4's 48 / 60; (110 + 90 + 110 + 80) / 4
            "CUMULATIVE, HIGHER_IS_BETTER, 96.00",
            "LAST, HIGHER_IS_BETTER, 80.00",
            "AVERAGE, HIGHER_IS_BETTER, 97.50",
            // by hand, the same figures for a lower-is-better indicator:
            //   cumulative: 2 - 192 / 200 = 2 - 0.96 = 1.04 -> 104%
            //   last:       Q4, 2 - 48 / 60 = 2 - 0.8 = 1.2 -> 120%
            //   average:    (90 + 110 + 90 + 120) / 4 = 410 / 4 -> 102.5%
            "CUMULATIVE, LOWER_IS_BETTER, 104.00",
            "LAST, LOWER_IS_BETTER, 120.00",
            "AVERAGE, LOWER_IS_BETTER, 102.50"
    })
    void theYearCombinesItsQuartersAsTheIndicatorDeclares(Aggregation aggregation, Direction direction,
                                                         BigDecimal expected) {
        BigDecimal year = aggregation.combine(direction, YEAR).orElseThrow();
        assertEquals(0, expected.compareTo(year), year.toPlainString());
        assertEquals(expected, Display.twoDecimals(year));
    }

    @ParameterizedTest(name = "{0} {1} without Q{2} -> {3}%")
    @CsvSource({
            // Q3 not reported: (44 + 45 + 48) / (40 + 50 + 60) = 137 / 150; Q4's 80; (110 + 90 + 80) / 3
            "CUMULATIVE, HIGHER_IS_BETTER, 3, 91.33",
            "LAST, HIGHER_IS_BETTER, 3, 80.00",
            "AVERAGE, HIGHER_IS_BETTER, 3, 93.33",
            // Q4 not reported: 144 / 140 = 1.0285714; the latest reported is Q3's 110; (110 + 90 + 110) / 3
            "CUMULATIVE, HIGHER_IS_BETTER, 4, 102.86",
            "LAST, HIGHER_IS_BETTER, 4, 110.00",
            "AVERAGE, HIGHER_IS_BETTER, 4, 103.33",
            // lower is better: 2 - 137 / 150 = 1.0866667; 120; (90 + 110 + 120) / 3 = 106.666..
            "CUMULATIVE, LOWER_IS_BETTER, 3, 108.67",
            "LAST, LOWER_IS_BETTER, 3, 120.00",
            "AVERAGE, LOWER_IS_BETTER, 3, 106.67",
            // and without Q4: 2 - 144 / 140 = 0.9714286; Q3's 90; (90 + 110 + 90) / 3 = 96.666..
            "CUMULATIVE, LOWER_IS_BETTER, 4, 97.14",
            "LAST, LOWER_IS_BETTER, 4, 90.00",
            "AVERAGE, LOWER_IS_BETTER, 4, 96.67"
    })
    void aPeriodWithoutARealisationDoesNotCount(Aggregation aggregation, Direction direction, int missing,
                                               BigDecimal expected) {
        List<PeriodFigure> unreported = YEAR.stream()
                .map(figure -> figure == YEAR.get(missing - 1)
                        ? new PeriodFigure(figure.periodStart(), figure.target(), null) : figure)
                .toList();
        List<PeriodFigure> absent = YEAR.stream().filter(figure -> figure != YEAR.get(missing - 1)).toList();

        assertEquals(expected, displayed(aggregation, direction, unreported));
        assertEquals(expected, displayed(aggregation, direction, absent));
    }

    @ParameterizedTest
    @EnumSource(Aggregation.class)
    void noRealisationNoCapaian(Aggregation aggregation) {
        List<PeriodFigure> targetsOnly = List.of(quarter(1, Target.of(BigDecimal.TEN), null),
                quarter(2, Target.of(BigDecimal.TEN), null));

        assertTrue(aggregation.combine(HIGHER_IS_BETTER, targetsOnly).isEmpty());
        assertTrue(aggregation.combine(LOWER_IS_BETTER, List.of()).isEmpty());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}%")
    @CsvSource({
            "CUMULATIVE, HIGHER_IS_BETTER, 96.00", "LAST, HIGHER_IS_BETTER, 80.00",
            "AVERAGE, HIGHER_IS_BETTER, 97.50",
            "CUMULATIVE, LOWER_IS_BETTER, 104.00", "LAST, LOWER_IS_BETTER, 120.00",
            "AVERAGE, LOWER_IS_BETTER, 102.50"
    })
    void theLastPeriodIsTheLatestNotTheLastInTheList(Aggregation aggregation, Direction direction,
                                                    BigDecimal expected) {
        List<PeriodFigure> shuffled = Stream.of(3, 0, 1, 2).map(YEAR::get).toList();
        List<PeriodFigure> reversed = Stream.of(3, 2, 1, 0).map(YEAR::get).toList();

        assertEquals(expected, displayed(aggregation, direction, shuffled));
        assertEquals(expected, displayed(aggregation, direction, reversed));
    }

    @ParameterizedTest(name = "{0}: Q1 in 40-50 realised 55, Q2 in 50-60 realised {1} -> {2}%")
    @CsvSource({
            // against 90-110: 55 + 35 = 90 is the lower end, 55 + 45 = 100 inside, 55 + 55 = 110 the upper end
            "HIGHER_IS_BETTER, 35, 100.00",
            "HIGHER_IS_BETTER, 45, 100.00",
            "HIGHER_IS_BETTER, 55, 100.00",
            // 89.99 / 90 below the sum of the lower bounds, 110.01 / 110 above the sum of the upper ones
            "HIGHER_IS_BETTER, 34.99, 99.99",
            "HIGHER_IS_BETTER, 55.01, 100.01",
            "LOWER_IS_BETTER, 35, 100.00",
            "LOWER_IS_BETTER, 45, 100.00",
            "LOWER_IS_BETTER, 55, 100.00",
            // 2 - 89.99 / 90 = 1.000111, 2 - 110.01 / 110 = 0.999909
            "LOWER_IS_BETTER, 34.99, 100.01",
            "LOWER_IS_BETTER, 55.01, 99.99"
    })
    void cumulativeRangesAddUpBoundByBound(Direction direction, String secondRealisation, BigDecimal expected) {
        List<PeriodFigure> ranges = List.of(quarter(1, range("40", "50"), "55"),
                quarter(2, range("50", "60"), secondRealisation));

        assertEquals(expected, displayed(Aggregation.CUMULATIVE, direction, ranges));
    }

    @ParameterizedTest(name = "{0} -> {1}%")
    @CsvSource({
            // 44 + 65 = 109 against 40 + 50 = 90 to 40 + 60 = 100: above, so against 100
            "HIGHER_IS_BETTER, 109.00",
            "LOWER_IS_BETTER, 91.00"
    })
    void cumulativeAddsAValueToARangeAsARangeOfOnePoint(Direction direction, BigDecimal expected) {
        List<PeriodFigure> mixed = List.of(quarter(1, "40", "44"), quarter(2, range("50", "60"), "65"));

        assertEquals(expected, displayed(Aggregation.CUMULATIVE, direction, mixed));
    }

    @ParameterizedTest(name = "{0} -> {1}%")
    @CsvSource({
            // each period at its floor: 25 against 10 is 0%, not -50%; 10 against 10 is 100%
            "AVERAGE, 50.00",
            "LAST, 100.00",
            // the year: 2 - 35 / 20 = 0.25
            "CUMULATIVE, 25.00"
    })
    void theFloorAppliesToEachPeriodBeforeTheyCombine(Aggregation aggregation, BigDecimal expected) {
        List<PeriodFigure> waitingTimes = List.of(quarter(1, "10", "25"), quarter(2, "10", "10"));

        assertEquals(expected, displayed(aggregation, LOWER_IS_BETTER, waitingTimes));
    }

    @Test
    void aCumulativeYearPastTwiceItsTargetIsZero() {
        List<PeriodFigure> waitingTimes = List.of(quarter(1, "10", "25"), quarter(2, "10", "25"));

        assertEquals(0, BigDecimal.ZERO.compareTo(
                Aggregation.CUMULATIVE.combine(LOWER_IS_BETTER, waitingTimes).orElseThrow()));
    }

    @ParameterizedTest
    @EnumSource(Aggregation.class)
    void thePeriodTwiceIsRefused(Aggregation aggregation) {
        List<PeriodFigure> twice = List.of(quarter(1, "40", "44"), quarter(1, "40", "46"));

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> aggregation.combine(HIGHER_IS_BETTER, twice));
        assertTrue(refusal.getMessage().contains("2026-01-01"), refusal.getMessage());
    }

    @Test
    void aNegativeRealisationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> quarter(1, "40", "-1"));
    }
}
