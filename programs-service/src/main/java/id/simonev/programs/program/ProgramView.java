package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A program with its whole plan, its participants counted, its budget and its history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramView(UUID id, String code, String title, String description, String regionCode,
                          ProgramFormat format, boolean classical, CompetencyType competencyType,
                          String organisingAgencyCode, List<String> targetAgencyCodes, LocalDate startDate,
                          LocalDate endDate, List<Session> sessions, int jp, int capacity,
                          BigDecimal passingScore, List<ExpectedOutcome> expectedOutcomes, ProgramStatus status,
                          Participation participants, Budget budget, List<StatusChangeView> history,
                          Instant createdAt, Instant updatedAt) {

    /** Participants by where they stand, and the withdrawals counted by reason. */
    public record Participation(long enrolled, long withdrawn, long completed, long notCompleted,
                                Map<String, Long> withdrawalsByReason) {

        /** Those who took part: everyone enrolled but those who withdrew. */
        public long takingPart() {
            return enrolled + completed + notCompleted;
        }
    }

    public record StatusChangeView(Instant at, ProgramStatus from, ProgramStatus to, String reason, String by) {
    }

    static ProgramView of(Program program, Participation participants, Budget budget,
                          List<StatusChangeView> history) {
        return new ProgramView(program.id, program.code, program.title, program.description, program.regionCode,
                program.format, program.format.isClassical(), program.competencyType, program.organisingAgencyCode,
                List.copyOf(program.targetAgencyCodes), program.startDate, program.endDate, List.copyOf(program.sessions),
                program.jp, program.capacity, program.passingScore, List.copyOf(program.expectedOutcomes), program.status, participants,
                budget, history, program.createdAt, program.updatedAt);
    }
}
