package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.simonev.reporting.rule.DifferenceInDifferences.Member;
import id.simonev.reporting.rule.DifferenceInDifferences.MemberFigures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferenceInDifferencesTests {

    /** DOMAIN.md: treated 80, 90 before and 110, 120 after. */
    private static final List<Member> TREATED = List.of(indicator("treated", "80 90", "110 120"));
    /** DOMAIN.md: comparison A 90, 100 -> 100, 110 and B 100, 100 -> 100, 110. */
    private static final List<Member> COMPARISON = List.of(indicator("A", "90 100", "100 110"),
            indicator("B", "100 100", "100 110"));

    /** An indicator with its capaian per period in each window; "" for a window without realisation. */
    private static Member indicator(String name, String before, String after) {
        return Member.ofCapaian(name, window(before), window(after));
    }

    private static WindowSum window(String capaian) {
        WindowSum sum = WindowSum.EMPTY;
        for (String value : capaian.isEmpty() ? new String[0] : capaian.split(" ")) {
            sum = sum.plus(new BigDecimal(value));
        }
        return sum;
    }

    private static Figure<BigDecimal> shown(String value) {
        return Figure.of(new BigDecimal(value));
    }

    @Test
    void domainExample() {
        // (115 - 85) - (105 - 97.5) = 30 - 7.5 = +22.5 points
        DifferenceInDifferences did = DifferenceInDifferences.of(TREATED, COMPARISON);
        assertEquals(shown("85.00"), did.treated().before());
        assertEquals(shown("115.00"), did.treated().after());
        assertEquals(shown("30.00"), did.treated().change());
        assertEquals(2, did.comparison().size());
        assertEquals(shown("97.50"), did.comparison().before());
        assertEquals(shown("105.00"), did.comparison().after());
        assertEquals(shown("7.50"), did.comparison().change());
        assertEquals(shown("22.50"), did.difference());
        assertEquals(List.of(new MemberFigures("A", shown("95.00"), shown("105.00")),
                new MemberFigures("B", shown("100.00"), shown("105.00"))), did.comparison().members());
        assertEquals(List.of(), did.comparison().leftOutBefore());
    }

    @Test
    void anIndicatorWithoutValueInAWindowIsLeftOutOfItAndNamed() {
        // C has nothing before: the comparison is 97.5 (A, B) -> (105 + 105 + 120) / 3 = 110, +12.5; DiD 17.5
        List<Member> comparison = List.of(COMPARISON.get(0), COMPARISON.get(1), indicator("C", "", "115 125"));
        DifferenceInDifferences did = DifferenceInDifferences.of(TREATED, comparison);
        assertEquals(3, did.comparison().size());
        assertEquals(shown("97.50"), did.comparison().before());
        assertEquals(shown("110.00"), did.comparison().after());
        assertEquals(List.of("C"), did.comparison().leftOutBefore());
        assertEquals(List.of(), did.comparison().leftOutAfter());
        assertEquals(new MemberFigures("C", Figure.absent("no value in the window before the program"),
                shown("120.00")), did.comparison().members().get(2));
        assertEquals(shown("17.50"), did.difference());
    }

    @Test
    void eachIndicatorWeighsTheSameWhateverItsNumberOfPeriods() {
        // A has one quarter before (90), B two (100, 110): (90 + 105) / 2 = 97.5, not (90 + 100 + 110) / 3
        DifferenceInDifferences did = DifferenceInDifferences.of(TREATED,
                List.of(indicator("A", "90", "100"), indicator("B", "100 110", "110")));
        assertEquals(shown("97.50"), did.comparison().before());
    }

    @Test
    void aWindowWithoutDataOnEitherSideGivesAReasonNeverANumber() {
        DifferenceInDifferences noComparison = DifferenceInDifferences.of(TREATED, List.of());
        assertEquals(Figure.absent("not enough data: the comparison group is empty"), noComparison.difference());
        assertEquals(0, noComparison.comparison().size());

        DifferenceInDifferences nothingAfter = DifferenceInDifferences.of(
                List.of(indicator("treated", "80 90", "")), COMPARISON);
        assertEquals(shown("85.00"), nothingAfter.treated().before());
        assertEquals(Figure.absent("not enough data: the treated side has no value in the window after the program"),
                nothingAfter.difference());
        assertEquals(List.of("treated"), nothingAfter.treated().leftOutAfter());

        DifferenceInDifferences both = DifferenceInDifferences.of(List.of(indicator("treated", "80 90", "")),
                List.of(indicator("A", "", "100"), indicator("B", "", "")));
        assertEquals(Figure.absent("not enough data: the treated side has no value in the window after the program; "
                + "not enough data: the comparison group has no value in the window before the program"),
                both.difference());
        assertEquals(List.of("A", "B"), both.comparison().leftOutBefore());
        assertEquals(shown("100.00"), both.comparison().after());
        assertFalse(both.comparison().change().present());
    }

    @Test
    void theChangesAreTakenFromTheValuesAsShown() {
        // 100/3 = 33.33 -> 200/3 = 66.67: +33.34 as shown (33.333... exactly); against 50 -> 50, DiD 33.34
        DifferenceInDifferences did = DifferenceInDifferences.of(List.of(indicator("T", "100 0 0", "100 100 0")),
                List.of(indicator("A", "50", "50")));
        assertEquals(shown("33.33"), did.treated().before());
        assertEquals(shown("66.67"), did.treated().after());
        assertEquals(shown("33.34"), did.treated().change());
        assertEquals(shown("33.34"), did.difference());
    }

    @Test
    void theSameRuleOnTheUnitsIkm() {
        // treated unit: DOMAIN.md's 4 responses before (25 x 120 / 36 = 83.33), 2 after with points 33 and 33
        // (25 x 66 / 18 = 91.67); comparison unit: 3 responses of 30 points (83.33), then 31 each (86.11):
        // (91.67 - 83.33) - (86.11 - 83.33) = 8.34 - 2.78 = 5.56 points
        DifferenceInDifferences did = DifferenceInDifferences.of(
                List.of(Member.ofIkm("PKM-BATUA", List.of(new SkmPoints(9, 4, 120)), List.of(new SkmPoints(9, 2, 66)))),
                List.of(Member.ofIkm("PKM-X", List.of(new SkmPoints(9, 3, 90)), List.of(new SkmPoints(9, 3, 93))),
                        Member.ofIkm("PKM-Y", List.of(), List.of())));
        assertEquals(shown("8.34"), did.treated().change());
        assertEquals(shown("83.33"), did.comparison().before());
        assertEquals(shown("86.11"), did.comparison().after());
        assertEquals(List.of("PKM-Y"), did.comparison().leftOutBefore());
        assertEquals(shown("5.56"), did.difference());
    }

    @Test
    void aCorrectedCapaianReplacesTheFormerOne() {
        WindowSum corrected = window("80 95").minus(new BigDecimal("95")).plus(new BigDecimal("90"));
        assertEquals(DifferenceInDifferences.of(TREATED, COMPARISON),
                DifferenceInDifferences.of(List.of(Member.ofCapaian("treated", corrected, window("110 120"))),
                        COMPARISON));
        assertFalse(WindowSum.EMPTY.mean().isPresent());
    }
}
