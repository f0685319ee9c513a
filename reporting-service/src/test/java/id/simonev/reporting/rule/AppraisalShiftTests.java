package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AppraisalShiftTests {

    private static AppraisalPair pair(Predicate before, Predicate after) {
        return new AppraisalPair(new Appraisal(Period.parse("2025-Q1").orElseThrow(), before),
                new Appraisal(Period.parse("2025-Q4").orElseThrow(), after));
    }

    /** The tally of pairs, each "BEFORE>AFTER". */
    private static AppraisalShift.Tally tally(String... pairs) {
        AppraisalShift.Tally tally = AppraisalShift.Tally.EMPTY;
        for (String pair : pairs) {
            String[] predicates = pair.split(">");
            tally = tally.plus(pair(Predicate.valueOf(predicates[0]), Predicate.valueOf(predicates[1])));
        }
        return tally;
    }

    private static Figure<BigDecimal> shown(String value) {
        return Figure.of(new BigDecimal(value));
    }

    @Test
    void byHand() {
        // participants: +1, +1, 0, -1, +2: 3 of 5 improved (60%), 1 unchanged, 1 worse (20% each), mean +0.6;
        // comparison: 0, 0, +1, -1: 1 of 4 improved (25%), 2 unchanged (50%), 1 worse (25%), mean 0;
        // difference 60 - 25 = 35 points
        AppraisalShift shift = AppraisalShift.of(
                tally("BAIK>SANGAT_BAIK", "BUTUH_PERBAIKAN>BAIK", "BAIK>BAIK", "BAIK>BUTUH_PERBAIKAN", "KURANG>BAIK"),
                tally("BAIK>BAIK", "BAIK>BAIK", "BUTUH_PERBAIKAN>BAIK", "SANGAT_BAIK>BAIK"));
        assertEquals(new AppraisalShift.Group(5, 3, 1, 1, shown("60.00"), shown("20.00"), shown("20.00"),
                shown("0.60")), shift.participants());
        assertEquals(new AppraisalShift.Group(4, 1, 2, 1, shown("25.00"), shown("50.00"), shown("25.00"),
                shown("0.00")), shift.comparison());
        assertEquals(shown("35.00"), shift.difference());
    }

    @Test
    void theDifferenceIsOfTheSharesAsShown() {
        // 2 of 3 improved (66.67%) against 1 of 3 (33.33%): 33.34 points, as a reader subtracts them
        AppraisalShift shift = AppraisalShift.of(tally("BAIK>SANGAT_BAIK", "KURANG>BAIK", "BAIK>BAIK"),
                tally("BAIK>SANGAT_BAIK", "BAIK>BAIK", "SANGAT_BAIK>SANGAT_KURANG"));
        assertEquals(shown("66.67"), shift.participants().improvedShare());
        assertEquals(shown("33.33"), shift.comparison().improvedShare());
        assertEquals(shown("1.00"), shift.participants().meanChange());
        assertEquals(shown("-1.00"), shift.comparison().meanChange());
        assertEquals(shown("33.34"), shift.difference());
    }

    @Test
    void aGroupWithoutPairsHasNoShares() {
        AppraisalShift shift = AppraisalShift.of(tally("BAIK>SANGAT_BAIK"), AppraisalShift.Tally.EMPTY);
        Figure<BigDecimal> none = Figure.absent("not enough data: no employee of the comparison group has an "
                + "appraisal both before and after the program");
        assertEquals(new AppraisalShift.Group(0, 0, 0, 0, none, none, none, none), shift.comparison());
        assertEquals(none, shift.difference());
        assertEquals(shown("100.00"), shift.participants().improvedShare());
        assertEquals(Figure.absent("not enough data: no participant has an appraisal both before and after the "
                        + "program; not enough data: no employee of the comparison group has an appraisal both "
                        + "before and after the program"),
                AppraisalShift.of(AppraisalShift.Tally.EMPTY, AppraisalShift.Tally.EMPTY).difference());
    }

    @Test
    void aCorrectedPairReplacesTheFormerOne() {
        AppraisalShift.Tally corrected = tally("BAIK>SANGAT_BAIK", "BAIK>KURANG")
                .minus(pair(Predicate.BAIK, Predicate.KURANG)).plus(pair(Predicate.BAIK, Predicate.BAIK));
        assertEquals(tally("BAIK>SANGAT_BAIK", "BAIK>BAIK"), corrected);
        assertThrows(IllegalArgumentException.class,
                () -> AppraisalShift.Tally.EMPTY.minus(pair(Predicate.BAIK, Predicate.KURANG)));
        // one improvement cannot sum to a change of 5, nor one worsening to 0
        assertThrows(IllegalArgumentException.class, () -> new AppraisalShift.Tally(1, 0, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new AppraisalShift.Tally(0, 0, 1, 0));
    }
}
