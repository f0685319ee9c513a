package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @ParameterizedTest(name = "{0} is a {1} from {2} to {3}")
    @CsvSource({
            "2025, YEAR, 2025-01-01, 2025-12-31",
            "2025-S1, SEMESTER, 2025-01-01, 2025-06-30", "2025-S2, SEMESTER, 2025-07-01, 2025-12-31",
            "2025-Q1, QUARTER, 2025-01-01, 2025-03-31", "2025-Q2, QUARTER, 2025-04-01, 2025-06-30",
            "2025-Q3, QUARTER, 2025-07-01, 2025-09-30", "2025-Q4, QUARTER, 2025-10-01, 2025-12-31",
            "2025-01, MONTH, 2025-01-01, 2025-01-31", "2024-02, MONTH, 2024-02-01, 2024-02-29",
            "2025-02, MONTH, 2025-02-01, 2025-02-28", "2025-12, MONTH, 2025-12-01, 2025-12-31"
    })
    void aCodeAsPerformanceServiceWritesIt(String code, PeriodType type, LocalDate start, LocalDate end) {
        Period period = Period.parse(code).orElseThrow();
        assertEquals(type, period.type());
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(code, period.code());
        assertEquals(period, Period.containing(type, start));
        assertEquals(period, Period.containing(type, end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25", "2025-13", "2025-00", "2025-Q5", "2025-Q0", "2025-S3", "2025-1", "2025/Q1",
            "Q1-2025", "2025-q1"})
    void anythingElseIsNotAPeriod(String code) {
        assertTrue(Period.parse(code).isEmpty());
    }

    @ParameterizedTest(name = "{0} comes after {1} and before {2}")
    @CsvSource({
            "2025-Q1, 2024-Q4, 2025-Q2", "2025-Q4, 2025-Q3, 2026-Q1", "2025-01, 2024-12, 2025-02",
            "2025-S1, 2024-S2, 2025-S2", "2025, 2024, 2026"
    })
    void periodsFollowEachOther(String code, String previous, String next) {
        Period period = Period.parse(code).orElseThrow();
        assertEquals(previous, period.previous().code());
        assertEquals(next, period.next().code());
    }

    @Test
    void aPeriodStartsWhereItsTypeStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Period(PeriodType.QUARTER, YearMonth.of(2025, 2)));
        assertEquals("2025-Q3", new Period(PeriodType.QUARTER, YearMonth.of(2025, 7)).code());
    }
}
