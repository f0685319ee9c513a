package id.simonev.programs.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell of the life-cycle table: DRAFT -> SCHEDULED -> RUNNING -> COMPLETED, or CANCELLED before completion. */
class ProgramStatusTests {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, DRAFT, false", "DRAFT, SCHEDULED, true", "DRAFT, RUNNING, false",
            "DRAFT, COMPLETED, false", "DRAFT, CANCELLED, true",
            "SCHEDULED, DRAFT, false", "SCHEDULED, SCHEDULED, false", "SCHEDULED, RUNNING, true",
            "SCHEDULED, COMPLETED, false", "SCHEDULED, CANCELLED, true",
            "RUNNING, DRAFT, false", "RUNNING, SCHEDULED, false", "RUNNING, RUNNING, false",
            "RUNNING, COMPLETED, true", "RUNNING, CANCELLED, true",
            "COMPLETED, DRAFT, false", "COMPLETED, SCHEDULED, false", "COMPLETED, RUNNING, false",
            "COMPLETED, COMPLETED, false", "COMPLETED, CANCELLED, false",
            "CANCELLED, DRAFT, false", "CANCELLED, SCHEDULED, false", "CANCELLED, RUNNING, false",
            "CANCELLED, COMPLETED, false", "CANCELLED, CANCELLED, false",
    })
    void aProgramMovesOnlyAlongTheLifeCycle(ProgramStatus from, ProgramStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
        assertEquals(from == ProgramStatus.COMPLETED || from == ProgramStatus.CANCELLED, from.isFinal());
    }
}
