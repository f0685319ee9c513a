package id.simonev.performance.realisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
            "2026, 2026-01-01, 2026-12-31",
            "2026-S1, 2026-01-01, 2026-06-30",
            "2026-S2, 2026-07-01, 2026-12-31",
            "2026-Q1, 2026-01-01, 2026-03-31",
            "2026-Q2, 2026-04-01, 2026-06-30",
            "2026-Q3, 2026-07-01, 2026-09-30",
            "2026-Q4, 2026-10-01, 2026-12-31",
            "2026-01, 2026-01-01, 2026-01-31",
            "2024-02, 2024-02-01, 2024-02-29",
            "2026-02, 2026-02-01, 2026-02-28",
            "2026-12, 2026-12-01, 2026-12-31"
    })
    void aPeriodKnowsItsFirstAndLastDay(String code, LocalDate start, LocalDate end) {
        Period period = Period.parse(code).orElseThrow();
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(code, period.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-S3", "2026-1", "2026/Q1",
            "Q1-2026", "2026-q1"})
    void anythingElseIsNotAPeriod(String code) {
        assertTrue(Period.parse(code).isEmpty());
    }
}
