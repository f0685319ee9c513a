package id.simonev.reporting.evaluation;

import id.simonev.inbox.EventHandlers;
import id.simonev.platform.event.EventEnvelope;
import id.simonev.reporting.ingest.Projection;
import id.simonev.reporting.rule.AppraisalWindow;
import id.simonev.reporting.rule.LearningTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Keeps the evaluation of each program (levels 2 and 5) from programs-service's events, in any
 * order: the plan and status latest by event time; each participant's state, whose former
 * contribution to the program's sums ({@link LearningTally}) and counts is taken out and the new one
 * put in; the sum of the expenses; the latest benefit estimate. A participant's event locks the
 * program's row first, so that concurrent consumers apply one program's changes one at a time; the
 * other updates are single upserts.
 */
@ApplicationScoped
class ProgramEvaluationProjection implements Projection {

    static final String WITHDRAWAL = "WITHDRAWAL";
    static final String SHORTFALL = "SHORTFALL";

    private final EntityManager entityManager;

    ProgramEvaluationProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record ProgramPlan(@NotNull UUID programId, @NotBlank String code, @NotBlank String title,
                       @NotBlank String regionCode, String organisingAgencyCode, @NotBlank String format,
                       @NotBlank String competencyType, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                       @NotNull @Positive Integer jp, @NotBlank String status,
                       @Min(1) @Max(24) Integer postTrainingLagMonths) {
    }

    record StatusChanged(@NotNull UUID programId, @NotBlank String to) {
    }

    /** An enrolment; one published before events named the participant's agency has none. */
    record Enrolled(@NotNull UUID programId, @NotBlank String nip, String agencyCode) {
    }

    record ScoresRecorded(@NotNull UUID programId, @NotBlank String nip,
                          @DecimalMin("0") @DecimalMax("100") BigDecimal preTest,
                          @DecimalMin("0") @DecimalMax("100") BigDecimal postTest) {
    }

    record Withdrawn(@NotNull UUID programId, @NotBlank String nip, @NotBlank String reason) {
    }

    record Completed(@NotNull UUID programId, @NotBlank String nip, @NotNull Boolean completed,
                     @NotNull List<@NotBlank String> shortfalls, @NotNull @PositiveOrZero Integer jpCredited) {
    }

    record ExpenseRecorded(@NotNull UUID programId, @NotNull @Positive Long amount) {
    }

    record BenefitEstimated(@NotNull UUID programId, @NotNull @PositiveOrZero Long amount, @NotBlank String method,
                            @NotBlank String estimatedBy, @NotNull Instant estimatedAt) {
    }

    @Override
    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on("ProgramScheduled", ProgramPlan.class, this::planned)
                .on("ProgramUpdated", ProgramPlan.class, this::planned)
                .on("ProgramStatusChanged", StatusChanged.class, this::statusChanged)
                .on("ParticipantEnrolled", Enrolled.class, this::enrolled)
                .on("TestScoresRecorded", ScoresRecorded.class, (ScoresRecorded data, EventEnvelope event) ->
                        change(data.programId(), data.nip(), event.occurredAt(),
                                participant -> participant.scored(data.preTest(), data.postTest(),
                                        event.occurredAt())))
                .on("ParticipantWithdrawn", Withdrawn.class, (Withdrawn data, EventEnvelope event) ->
                        change(data.programId(), data.nip(), event.occurredAt(),
                                participant -> participant.withdraw(data.reason())))
                .on("ParticipantCompleted", Completed.class, (Completed data, EventEnvelope event) ->
                        change(data.programId(), data.nip(), event.occurredAt(),
                                participant -> participant.finish(data.completed(), data.shortfalls(),
                                        data.jpCredited())))
                .on("ExpenseRecorded", ExpenseRecorded.class, this::expenseRecorded)
                .on("BenefitEstimated", BenefitEstimated.class, this::benefitEstimated)
                .build();
    }

    /**
     * The whole plan, unless the one kept is newer; its status as a status change at the same time. A plan
     * recorded before programs had a post-training lag has the default.
     */
    void planned(ProgramPlan plan, EventEnvelope event) {
        entityManager.createNativeQuery("""
                        insert into program_evaluation (program_id, code, title, region_code, organising_agency_code,
                            format, competency_type, start_date, end_date, jp, plan_at, post_training_lag_months)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                        on conflict (program_id) do update set code = excluded.code, title = excluded.title,
                            region_code = excluded.region_code,
                            organising_agency_code = excluded.organising_agency_code, format = excluded.format,
                            competency_type = excluded.competency_type, start_date = excluded.start_date,
                            end_date = excluded.end_date, jp = excluded.jp, plan_at = excluded.plan_at,
                            post_training_lag_months = excluded.post_training_lag_months
                        where program_evaluation.plan_at is null or excluded.plan_at >= program_evaluation.plan_at""")
                .setParameter(1, plan.programId())
                .setParameter(2, plan.code())
                .setParameter(3, plan.title())
                .setParameter(4, plan.regionCode())
                .setParameter(5, plan.organisingAgencyCode())
                .setParameter(6, plan.format())
                .setParameter(7, plan.competencyType())
                .setParameter(8, plan.startDate())
                .setParameter(9, plan.endDate())
                .setParameter(10, plan.jp())
                .setParameter(11, event.occurredAt())
                .setParameter(12, plan.postTrainingLagMonths() == null ? AppraisalWindow.DEFAULT_LAG_MONTHS
                        : plan.postTrainingLagMonths())
                .executeUpdate();
        status(plan.programId(), plan.status(), event.occurredAt());
    }

    void statusChanged(StatusChanged change, EventEnvelope event) {
        status(change.programId(), change.to(), event.occurredAt());
    }

    /** The status at {@code at}, unless the one kept is newer. */
    private void status(UUID programId, String status, Instant at) {
        entityManager.createNativeQuery("""
                        insert into program_evaluation (program_id, status, status_at) values (?1, ?2, ?3)
                        on conflict (program_id) do update set status = excluded.status, status_at = excluded.status_at
                        where program_evaluation.status_at is null
                            or excluded.status_at >= program_evaluation.status_at""")
                .setParameter(1, programId)
                .setParameter(2, status)
                .setParameter(3, at)
                .executeUpdate();
    }

    /** The enrolment, and the agency the participant belonged to: the comparison group of level 4 is the others. */
    void enrolled(Enrolled enrolment, EventEnvelope event) {
        change(enrolment.programId(), enrolment.nip(), event.occurredAt(), Participant::enrol);
        entityManager.createNativeQuery("""
                        update program_evaluation_participant set agency_code = ?3
                        where program_id = ?1 and nip = ?2""")
                .setParameter(1, enrolment.programId())
                .setParameter(2, enrolment.nip())
                .setParameter(3, enrolment.agencyCode())
                .executeUpdate();
    }

    void expenseRecorded(ExpenseRecorded expense, EventEnvelope event) {
        entityManager.createNativeQuery("""
                        insert into program_evaluation (program_id, cost, worth_as_of) values (?1, ?2, ?3)
                        on conflict (program_id) do update set cost = program_evaluation.cost + excluded.cost,
                            worth_as_of = greatest(program_evaluation.worth_as_of, excluded.worth_as_of)""")
                .setParameter(1, expense.programId())
                .setParameter(2, expense.amount())
                .setParameter(3, event.occurredAt())
                .executeUpdate();
    }

    /**
     * The estimate entered last replaces the one before, whichever arrives last. An older one arriving
     * later changes nothing, not even the time: the one kept is newer than it.
     */
    void benefitEstimated(BenefitEstimated estimate, EventEnvelope event) {
        entityManager.createNativeQuery("""
                        insert into program_evaluation (program_id, benefit_amount, benefit_method,
                            benefit_estimated_by, benefit_estimated_at, worth_as_of)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (program_id) do update set benefit_amount = excluded.benefit_amount,
                            benefit_method = excluded.benefit_method,
                            benefit_estimated_by = excluded.benefit_estimated_by,
                            benefit_estimated_at = excluded.benefit_estimated_at,
                            worth_as_of = greatest(program_evaluation.worth_as_of, excluded.worth_as_of)
                        where program_evaluation.benefit_estimated_at is null
                            or excluded.benefit_estimated_at >= program_evaluation.benefit_estimated_at""")
                .setParameter(1, estimate.programId())
                .setParameter(2, estimate.amount())
                .setParameter(3, estimate.method())
                .setParameter(4, estimate.estimatedBy())
                .setParameter(5, estimate.estimatedAt())
                .setParameter(6, event.occurredAt())
                .executeUpdate();
    }

    /**
     * Changes one participant's state and the program's sums and counts by the difference it makes:
     * the former contribution out, the new one in. The program's row is locked first, then the
     * participant's, always in that order.
     */
    private void change(UUID programId, String nip, Instant at, UnaryOperator<Participant> change) {
        LearningTally tally = lockTally(programId);
        Participant before = participant(programId, nip);
        Participant after = change.apply(before);
        entityManager.createNativeQuery("""
                        update program_evaluation_participant set enrolled = ?3, pre_test = cast(?4 as numeric),
                            post_test = cast(?5 as numeric), scores_at = cast(?6 as timestamptz),
                            withdrawal_reason = cast(?7 as text), completed = cast(?8 as boolean),
                            shortfalls = string_to_array(?9, ','), jp_credited = ?10
                        where program_id = ?1 and nip = ?2""")
                .setParameter(1, programId)
                .setParameter(2, nip)
                .setParameter(3, after.enrolled())
                .setParameter(4, text(after.preTest()))
                .setParameter(5, text(after.postTest()))
                .setParameter(6, text(after.scoresAt()))
                .setParameter(7, after.withdrawalReason())
                .setParameter(8, text(after.completed()))
                .setParameter(9, String.join(",", after.shortfalls()))
                .setParameter(10, after.jpCredited())
                .executeUpdate();
        LearningTally changed = tally.minus(before.preTest(), before.postTest())
                .plus(after.preTest(), after.postTest());
        Participant.Counts delta = after.counts().minus(before.counts());
        entityManager.createNativeQuery("""
                        update program_evaluation set paired = ?2, pre_only = ?3, post_only = ?4, pre_sum = ?5,
                            post_sum = ?6, difference_square_sum = ?7, gain_sum = ?8, high = ?9, medium = ?10,
                            low = ?11, enrolled = enrolled + ?12, taking_part = taking_part + ?13,
                            withdrawn = withdrawn + ?14, completed = completed + ?15,
                            not_completed = not_completed + ?16, jp_credited = jp_credited + ?17,
                            learning_as_of = greatest(learning_as_of, ?18), worth_as_of = greatest(worth_as_of, ?18)
                        where program_id = ?1""")
                .setParameter(1, programId)
                .setParameter(2, changed.paired())
                .setParameter(3, changed.preOnly())
                .setParameter(4, changed.postOnly())
                .setParameter(5, changed.preSum())
                .setParameter(6, changed.postSum())
                .setParameter(7, changed.differenceSquareSum())
                .setParameter(8, changed.gainSum())
                .setParameter(9, changed.high())
                .setParameter(10, changed.medium())
                .setParameter(11, changed.low())
                .setParameter(12, delta.enrolled())
                .setParameter(13, delta.takingPart())
                .setParameter(14, delta.withdrawn())
                .setParameter(15, delta.completed())
                .setParameter(16, delta.notCompleted())
                .setParameter(17, delta.jpCredited())
                .setParameter(18, at)
                .executeUpdate();
        count(programId, WITHDRAWAL, before.withdrawalReason(), -1);
        count(programId, WITHDRAWAL, after.withdrawalReason(), 1);
        before.countedShortfalls().forEach(reason -> count(programId, SHORTFALL, reason, -1));
        after.countedShortfalls().forEach(reason -> count(programId, SHORTFALL, reason, 1));
    }

    /** The program's running sums, its row created when this is the first event of the program, and locked. */
    private LearningTally lockTally(UUID programId) {
        entityManager.createNativeQuery(
                        "insert into program_evaluation (program_id) values (?1) on conflict do nothing")
                .setParameter(1, programId).executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select paired, pre_only, post_only, pre_sum, post_sum, difference_square_sum, gain_sum, high,
                            medium, low
                        from program_evaluation where program_id = ?1 for update""")
                .setParameter(1, programId).getSingleResult();
        return new LearningTally(Columns.count(row[0]), Columns.count(row[1]), Columns.count(row[2]),
                Columns.decimal(row[3]), Columns.decimal(row[4]), Columns.decimal(row[5]), Columns.decimal(row[6]),
                Columns.count(row[7]), Columns.count(row[8]), Columns.count(row[9]));
    }

    /** The participant as their events so far describe them; a row is created for one not seen before. */
    private Participant participant(UUID programId, String nip) {
        entityManager.createNativeQuery("""
                        insert into program_evaluation_participant (program_id, nip) values (?1, ?2)
                        on conflict do nothing""")
                .setParameter(1, programId).setParameter(2, nip).executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select enrolled, pre_test, post_test, scores_at, withdrawal_reason, completed,
                            array_to_string(shortfalls, ','), jp_credited
                        from program_evaluation_participant where program_id = ?1 and nip = ?2""")
                .setParameter(1, programId).setParameter(2, nip).getSingleResult();
        String shortfalls = (String) row[6];
        return new Participant((Boolean) row[0], Columns.decimal(row[1]), Columns.decimal(row[2]),
                Columns.instant(row[3]), (String) row[4], (Boolean) row[5],
                shortfalls.isEmpty() ? List.of() : Arrays.asList(shortfalls.split(",")),
                (int) Columns.count(row[7]));
    }

    private void count(UUID programId, String kind, String reason, int by) {
        if (reason == null) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into program_evaluation_reason (program_id, kind, reason, participants)
                        values (?1, ?2, ?3, ?4)
                        on conflict (program_id, kind, reason) do update set
                            participants = program_evaluation_reason.participants + excluded.participants""")
                .setParameter(1, programId)
                .setParameter(2, kind)
                .setParameter(3, reason)
                .setParameter(4, by)
                .executeUpdate();
    }

    /** A nullable value as text, cast back in SQL: a null of no type cannot be bound as a number or a time. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
