package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowsTests {

    private static final LocalDate START = LocalDate.of(2025, 4, 14);
    private static final LocalDate END = LocalDate.of(2025, 4, 18);

    @Test
    void domainExample() {
        // DOMAIN.md: 14-18 April 2025, quarterly: before 2024-Q4 and 2025-Q1, after 2025-Q3 and 2025-Q4
        Windows windows = Windows.of(PeriodType.QUARTER, START, END, Windows.DEFAULT_PERIODS, 0);
        assertEquals(List.of("2024-Q4", "2025-Q1"), windows.before().codes());
        assertEquals(List.of("2025-Q3", "2025-Q4"), windows.after().codes());
    }

    @ParameterizedTest(name = "{0}, {1} to {2}, N = {3}: before {4}, after {5}")
    @CsvSource(delimiter = ';', value = {
            "MONTH; 2025-04-14; 2025-04-18; 2; 2025-02 2025-03; 2025-05 2025-06",
            "SEMESTER; 2025-04-14; 2025-04-18; 2; 2024-S1 2024-S2; 2025-S2 2026-S1",
            "YEAR; 2025-04-14; 2025-04-18; 2; 2023 2024; 2026 2027",
            "QUARTER; 2025-04-14; 2025-04-18; 1; 2025-Q1; 2025-Q3",
            "QUARTER; 2025-04-14; 2025-04-18; 3; 2024-Q3 2024-Q4 2025-Q1; 2025-Q3 2025-Q4 2026-Q1",
            // across two quarters, both the program's own
            "QUARTER; 2025-03-25; 2025-04-05; 2; 2024-Q3 2024-Q4; 2025-Q3 2025-Q4",
            // on a quarter's first and last day
            "QUARTER; 2025-04-01; 2025-06-30; 2; 2024-Q4 2025-Q1; 2025-Q3 2025-Q4",
            "MONTH; 2025-12-31; 2026-01-01; 2; 2025-10 2025-11; 2026-02 2026-03"
    })
    void windowsOfEveryPeriodType(PeriodType type, LocalDate start, LocalDate end, int periods, String before,
                                  String after) {
        Windows windows = Windows.of(type, start, end, periods, 0);
        assertEquals(List.of(before.split(" ")), windows.before().codes());
        assertEquals(List.of(after.split(" ")), windows.after().codes());
    }

    @Test
    void aWindowHoldsTheDaysOfItsPeriods() {
        Windows windows = Windows.of(PeriodType.QUARTER, START, END, Windows.DEFAULT_PERIODS, 0);
        assertEquals(LocalDate.of(2024, 10, 1), windows.before().start());
        assertEquals(LocalDate.of(2025, 3, 31), windows.before().end());
        assertTrue(windows.before().contains(LocalDate.of(2024, 10, 1)));
        assertTrue(windows.before().contains(LocalDate.of(2025, 3, 31)));
        assertFalse(windows.before().contains(LocalDate.of(2024, 9, 30)));
        assertFalse(windows.before().contains(START));
        assertTrue(windows.after().contains(LocalDate.of(2025, 12, 31)));
        assertFalse(windows.after().contains(LocalDate.of(2025, 6, 30)));
        assertTrue(windows.after().periods().contains(Period.parse("2025-Q3").orElseThrow()));
    }

    @Test
    void aLagMovesOnlyTheWindowAfter() {
        // 14-18 April 2025 (2025-Q2), 2 quarters, a lag of 1: before as without one, after from 2025-Q4.
        Windows windows = Windows.of(PeriodType.QUARTER, START, END, 2, 1);
        assertEquals(List.of("2024-Q4", "2025-Q1"), windows.before().codes());
        assertEquals(List.of("2025-Q4", "2026-Q1"), windows.after().codes());
    }

    @Test
    void aProgramEndsOnOrAfterItsStartAndAWindowHasAPeriod() {
        assertThrows(IllegalArgumentException.class, () -> Windows.of(PeriodType.QUARTER, END, START, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Windows.of(PeriodType.QUARTER, START, END, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Windows.of(PeriodType.QUARTER, START, END, 2, -1));
    }
}
