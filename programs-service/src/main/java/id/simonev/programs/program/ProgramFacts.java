package id.simonev.programs.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything reporting needs to know of a program's plan, as its events carry it. */
public record ProgramFacts(UUID programId, String code, String title, String description, String regionCode,
                           ProgramFormat format, boolean classical, CompetencyType competencyType,
                           String organisingAgencyCode, List<String> targetAgencyCodes, LocalDate startDate,
                           LocalDate endDate, List<Session> sessions, int jp, int capacity, BigDecimal passingScore,
                           long plannedBudget, List<ExpectedOutcome> expectedOutcomes, int evaluationLinkValidDays,
                           int postTrainingLagMonths, ProgramStatus status) {

    static ProgramFacts of(Program program) {
        return new ProgramFacts(program.id, program.code, program.title, program.description, program.regionCode,
                program.format, program.format.isClassical(), program.competencyType, program.organisingAgencyCode,
                List.copyOf(program.targetAgencyCodes), program.startDate, program.endDate,
                List.copyOf(program.sessions), program.jp, program.capacity, program.passingScore,
                program.plannedBudget, List.copyOf(program.expectedOutcomes), program.evaluationLinkValidDays,
                program.postTrainingLagMonths, program.status);
    }
}
