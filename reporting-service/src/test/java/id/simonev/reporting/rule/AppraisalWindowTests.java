package id.simonev.reporting.rule;

import static id.simonev.reporting.rule.Predicate.BAIK;
import static id.simonev.reporting.rule.Predicate.BUTUH_PERBAIKAN;
import static id.simonev.reporting.rule.Predicate.KURANG;
import static id.simonev.reporting.rule.Predicate.SANGAT_BAIK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppraisalWindowTests {

    /** DOMAIN.md's program, 14-18 April 2025, with the default lag of 3 months. */
    private static final AppraisalWindow APRIL_2025 = new AppraisalWindow(LocalDate.of(2025, 4, 14),
            LocalDate.of(2025, 4, 18), AppraisalWindow.DEFAULT_LAG_MONTHS);

    private static Appraisal appraisal(String period, Predicate predicate) {
        return new Appraisal(Period.parse(period).orElseThrow(), predicate);
    }

    private static Figure<AppraisalPair> pair(String before, String after) {
        return Figure.of(new AppraisalPair(appraisal(before.split(" ")[0], Predicate.valueOf(before.split(" ")[1])),
                appraisal(after.split(" ")[0], Predicate.valueOf(after.split(" ")[1]))));
    }

    @Test
    void theLatestBeforeWithinAYearAndTheFirstOfItsTypeFromTheLagOn() {
        // 2025-03 and 2025-Q1 both end on 31 March: the month, which starts later, is the latest;
        // 2025-07 starts before 18 July, 2025-08 after it
        assertEquals(pair("2025-03 BAIK", "2025-08 SANGAT_BAIK"), APRIL_2025.pair(List.of(
                appraisal("2024", BUTUH_PERBAIKAN), appraisal("2025-Q1", BUTUH_PERBAIKAN), appraisal("2025-03", BAIK),
                appraisal("2025-04", BAIK), appraisal("2025-07", KURANG), appraisal("2025-09", BAIK),
                appraisal("2025-08", SANGAT_BAIK), appraisal("2025-Q4", BAIK))));
    }

    @Test
    void quarterlyAppraisals() {
        // 2025-Q2 holds the program (it ends after the start); 2025-Q3 starts on 1 July, before 18 July
        assertEquals(pair("2025-Q1 BAIK", "2025-Q4 SANGAT_BAIK"), APRIL_2025.pair(List.of(
                appraisal("2025-Q1", BAIK), appraisal("2025-Q2", KURANG), appraisal("2025-Q3", KURANG),
                appraisal("2026-Q1", BAIK), appraisal("2025-Q4", SANGAT_BAIK))));
    }

    @Test
    void annualAppraisals() {
        assertEquals(pair("2024 BAIK", "2026 BUTUH_PERBAIKAN"), APRIL_2025.pair(List.of(
                appraisal("2024", BAIK), appraisal("2025", SANGAT_BAIK), appraisal("2026", BUTUH_PERBAIKAN))));
    }

    @Test
    void theBeforeAppraisalEndsAtMost12MonthsBeforeTheStartAndAtTheLatestOnIt() {
        List<Appraisal> april = List.of(appraisal("2024-04", BAIK), appraisal("2025-09", BAIK));
        LocalDate end = LocalDate.of(2025, 5, 30);
        assertEquals(pair("2024-04 BAIK", "2025-09 BAIK"),
                new AppraisalWindow(LocalDate.of(2025, 4, 30), end, 3).pair(april));
        assertEquals(Figure.absent("no appraisal whose period ends from 2024-05-01 to 2025-05-01"),
                new AppraisalWindow(LocalDate.of(2025, 5, 1), end, 3).pair(april));
        assertEquals(pair("2025-03 BAIK", "2025-09 BAIK"), new AppraisalWindow(LocalDate.of(2025, 3, 31),
                end, 3).pair(List.of(appraisal("2025-03", BAIK), appraisal("2025-09", BAIK))));
    }

    @Test
    void theAfterAppraisalStartsOnTheDayTheLagEndsOrLater() {
        List<Appraisal> appraisals = List.of(appraisal("2025-03", BAIK), appraisal("2025-07", SANGAT_BAIK));
        assertEquals(pair("2025-03 BAIK", "2025-07 SANGAT_BAIK"),
                new AppraisalWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), 3).pair(appraisals));
        assertEquals(Figure.absent("no appraisal of a month, like the one before (2025-03), whose period starts on "
                        + "or after 2025-07-02"),
                new AppraisalWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2), 3).pair(appraisals));
        // with no lag, the first period starting on or after the program's end
        assertEquals(pair("2025-03 BAIK", "2025-05 BAIK"), new AppraisalWindow(LocalDate.of(2025, 4, 14),
                LocalDate.of(2025, 4, 18), 0).pair(List.of(appraisal("2025-03", BAIK), appraisal("2025-04", KURANG),
                appraisal("2025-05", BAIK))));
    }

    @Test
    void theAfterAppraisalIsOfTheBeforeOnesPeriodType() {
        assertEquals(Figure.absent("no appraisal of a month, like the one before (2025-03), whose period starts on "
                        + "or after 2025-07-18"),
                APRIL_2025.pair(List.of(appraisal("2025-03", BAIK), appraisal("2025-Q4", SANGAT_BAIK))));
    }

    @Test
    void aPairMovesByTheOrderOfPredicates() {
        assertEquals(1, pair("2025-03 BAIK", "2025-08 SANGAT_BAIK").value().change());
        assertEquals(-2, pair("2025-03 BAIK", "2025-08 KURANG").value().change());
        assertEquals(4, pair("2025-03 SANGAT_KURANG", "2025-08 SANGAT_BAIK").value().change());
        assertEquals(0, pair("2025-03 BUTUH_PERBAIKAN", "2025-08 BUTUH_PERBAIKAN").value().change());
        assertThrows(IllegalArgumentException.class, () -> pair("2025-03 BAIK", "2025-Q4 BAIK"));
    }

    @Test
    void aProgramEndsOnOrAfterItsStartAndTheLagIsNotNegative() {
        assertThrows(IllegalArgumentException.class,
                () -> new AppraisalWindow(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 14), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new AppraisalWindow(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 18), -1));
    }
}
