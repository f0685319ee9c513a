package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program with its whole plan, its participants counted, its budget and its history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramView(UUID id, String code, String title, String description, String regionCode,
                          ProgramFormat format, boolean classical, CompetencyType competencyType,
                          String organisingAgencyCode, List<String> targetAgencyCodes, LocalDate startDate,
                          LocalDate endDate, List<Session> sessions, int jp, int capacity,
                          BigDecimal passingScore, List<ExpectedOutcome> expectedOutcomes,
                          // Boxed, as an answer recorded for an Idempotency-Key before they were kept reads back
                          // without them.
                          @Schema(description = "Days each single-use evaluation link stays valid after it is issued")
                          Integer evaluationLinkValidDays,
                          @Schema(description = "Months after the end date when the post-training (360) evaluation "
                                  + "of the alumni is issued")
                          Integer postTrainingLagMonths,
                          ProgramStatus status, Participation participants, Budget budget,
                          List<StatusChangeView> history, Instant createdAt, Instant updatedAt) {

    /**
     * Who took part, and the participants counted by the state they are in now (the {@code status}
     * of each participant in the participant list), with the withdrawals by reason.
     */
    @Schema(description = "Who took part, and the participants counted by the state each is in now")
    public record Participation(
            @Schema(description = "Everyone enrolled who did not withdraw, whatever the outcome: still enrolled, "
                    + "completed or not completed. The cost per participant divides by this number")
            long takingPart,
            @Schema(description = "In the ENROLLED state: taking part, with the outcome still open. "
                    + "0 once the program has completed, when each became COMPLETED or NOT_COMPLETED")
            long stillEnrolled,
            @Schema(description = "In the COMPLETED state: met the attendance and passing-score rule when the "
                    + "program completed. The cost per completed participant divides by this number")
            long completed,
            @Schema(description = "In the NOT_COMPLETED state: took part to the end but missed the attendance "
                    + "or passing-score rule")
            long notCompleted,
            @Schema(description = "In the WITHDRAWN state: left before the program ended; not taking part")
            long withdrawn,
            @Schema(description = "The withdrawn counted by reason (WORKLOAD, SCHEDULE_CONFLICT, ...)")
            Map<String, Long> withdrawalsByReason) {

        static Participation of(Map<String, Long> byState, Map<String, Long> withdrawalsByReason) {
            long stillEnrolled = byState.getOrDefault("ENROLLED", 0L);
            long completed = byState.getOrDefault("COMPLETED", 0L);
            long notCompleted = byState.getOrDefault("NOT_COMPLETED", 0L);
            return new Participation(stillEnrolled + completed + notCompleted, stillEnrolled, completed, notCompleted,
                    byState.getOrDefault("WITHDRAWN", 0L), withdrawalsByReason);
        }
    }

    public record StatusChangeView(Instant at, ProgramStatus from, ProgramStatus to, String reason, String by) {
    }

    static ProgramView of(Program program, Participation participants, Budget budget,
                          List<StatusChangeView> history) {
        return new ProgramView(program.id, program.code, program.title, program.description, program.regionCode,
                program.format, program.format.isClassical(), program.competencyType, program.organisingAgencyCode,
                List.copyOf(program.targetAgencyCodes), program.startDate, program.endDate,
                List.copyOf(program.sessions), program.jp, program.capacity, program.passingScore,
                List.copyOf(program.expectedOutcomes), program.evaluationLinkValidDays, program.postTrainingLagMonths,
                program.status, participants, budget, history, program.createdAt, program.updatedAt);
    }
}
