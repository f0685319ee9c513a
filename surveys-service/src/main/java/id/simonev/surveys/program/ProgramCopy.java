package id.simonev.surveys.program;

import id.simonev.inbox.EventHandlers;
import id.simonev.platform.region.OfficeDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * This service's copy of programs-service's programs, as far as their evaluation needs them, kept
 * from its events: the dates and evaluation settings of the plan, who taught which session, who
 * took part, which sessions each attended and how it ended for them. Events of one program come in
 * order on its key, so each is applied as it comes; a plan event carries the whole plan.
 */
@ApplicationScoped
public class ProgramCopy {

    /** The default evaluation settings, for plans announced before programs had them. */
    static final int DEFAULT_LINK_VALID_DAYS = 14;
    static final int DEFAULT_POST_TRAINING_LAG_MONTHS = 3;

    private final EntityManager entityManager;
    private final Event<ProgramCompleted> completions;
    private final EventHandlers handlers;

    ProgramCopy(EntityManager entityManager, Event<ProgramCompleted> completions) {
        this.entityManager = entityManager;
        this.completions = completions;
        this.handlers = EventHandlers.builder()
                .on("ProgramScheduled", PlanData.class, this::upsertPlan)
                .on("ProgramUpdated", PlanData.class, this::upsertPlan)
                .on("ProgramStatusChanged", StatusData.class, this::changeStatus)
                .on("ParticipantEnrolled", EnrolmentData.class, this::enrol)
                .on("AttendanceRecorded", AttendanceData.class, this::recordAttendance)
                .on("ParticipantWithdrawn", ParticipantData.class, this::withdraw)
                .on("ParticipantCompleted", CompletionData.class, this::complete)
                .build();
    }

    /** What a plan event carries that evaluation needs; settings absent in plans announced before them. */
    record PlanData(@NotNull UUID programId, @NotBlank String code, @NotBlank String title,
                    @NotBlank String regionCode, String organisingAgencyCode, @NotNull LocalDate startDate,
                    @NotNull LocalDate endDate, @NotBlank String status, @Valid List<@NotNull SessionData> sessions,
                    Integer evaluationLinkValidDays, Integer postTrainingLagMonths) {
    }

    record SessionData(@NotNull Integer number, @Valid List<@NotNull TrainerData> trainers) {
    }

    record TrainerData(@NotBlank String name, String nip, String institution) {
    }

    record StatusData(@NotNull UUID programId, @NotBlank String to, @NotNull Instant changedAt) {
    }

    record EnrolmentData(@NotNull UUID programId, @NotBlank String nip, @NotBlank String name,
                         @NotBlank String agencyCode) {
    }

    record AttendanceData(@NotNull UUID programId, @NotBlank String nip, @NotNull Integer session,
                          @NotNull Boolean present) {
    }

    record ParticipantData(@NotNull UUID programId, @NotBlank String nip) {
    }

    record CompletionData(@NotNull UUID programId, @NotBlank String nip, @NotNull Boolean completed) {
    }

    /** A program as the copy knows it. */
    public record KnownProgram(UUID id, String code, String title, String regionCode, LocalDate startDate,
                               LocalDate endDate, String status, int linkValidDays, int postTrainingLagMonths,
                               LocalDate completedOn) {

        public boolean completed() {
            return "COMPLETED".equals(status);
        }

        /** The day its post-training 360 is due: its lag after its end. */
        public LocalDate postTrainingDue() {
            return endDate.plusMonths(postTrainingLagMonths);
        }
    }

    /** A participant of a program and how it ended for them ({@code ENROLLED} while it runs). */
    public record KnownParticipant(String nip, String name, String agencyCode, String status) {

        public boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    /** A trainer, one per identity: by NIP when a civil servant, else by name and institution. */
    public record KnownTrainer(UUID id, String name, String nip, String institution) {
    }

    public EventHandlers handlers() {
        return handlers;
    }

    /**
     * The id of a trainer: derived from their NIP when they have one, else from their name and
     * institution as written (case and spacing aside), so the same trainer has one id in every program.
     */
    static UUID trainerId(String name, String nip, String institution) {
        String identity = nip != null ? "nip:" + nip
                : "name:" + normalised(name) + "|institution:" + normalised(institution);
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void upsertPlan(PlanData plan) {
        update("""
                insert into program (id, code, title, region_code, organising_agency_code, start_date, end_date, status,
                    evaluation_link_valid_days, post_training_lag_months)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (id) do update set code = excluded.code, title = excluded.title,
                    region_code = excluded.region_code, organising_agency_code = excluded.organising_agency_code,
                    start_date = excluded.start_date, end_date = excluded.end_date, status = excluded.status,
                    evaluation_link_valid_days = excluded.evaluation_link_valid_days,
                    post_training_lag_months = excluded.post_training_lag_months""",
                plan.programId(), plan.code(), plan.title(), plan.regionCode(), plan.organisingAgencyCode(),
                plan.startDate(), plan.endDate(), plan.status(),
                plan.evaluationLinkValidDays() == null ? DEFAULT_LINK_VALID_DAYS : plan.evaluationLinkValidDays(),
                plan.postTrainingLagMonths() == null ? DEFAULT_POST_TRAINING_LAG_MONTHS : plan.postTrainingLagMonths());
        update("delete from program_trainer where program_id = ?1", plan.programId());
        for (SessionData session : plan.sessions() == null ? List.<SessionData>of() : plan.sessions()) {
            List<TrainerData> trainers = session.trainers() == null ? List.of() : session.trainers();
            for (int position = 1; position <= trainers.size(); position++) {
                TrainerData trainer = trainers.get(position - 1);
                UUID id = trainerId(trainer.name(), trainer.nip(), trainer.institution());
                update("""
                        insert into trainer (id, name, nip, institution) values (?1, ?2, ?3, ?4)
                        on conflict (id) do update set name = excluded.name, institution = excluded.institution""",
                        id, trainer.name().strip(), trainer.nip(), trainer.institution());
                update("""
                        insert into program_trainer (program_id, session_number, position, trainer_id)
                        values (?1, ?2, ?3, ?4)""", plan.programId(), session.number(), position, id);
            }
        }
    }

    private void changeStatus(StatusData change) {
        boolean completed = "COMPLETED".equals(change.to());
        int changed = update("""
                update program set status = ?2, completed_on = case when ?3 then ?4 else completed_on end
                where id = ?1""", change.programId(), change.to(), completed,
                LocalDate.ofInstant(change.changedAt(), OfficeDate.ZONE));
        if (changed == 1 && completed) {
            completions.fire(new ProgramCompleted(change.programId(), change.changedAt()));
        }
    }

    private void enrol(EnrolmentData enrolment) {
        update("""
                insert into program_participant (program_id, nip, name, agency_code, status)
                values (?1, ?2, ?3, ?4, 'ENROLLED')
                on conflict (program_id, nip) do update set name = excluded.name, agency_code = excluded.agency_code,
                    status = 'ENROLLED'""",
                enrolment.programId(), enrolment.nip(), enrolment.name(), enrolment.agencyCode());
    }

    private void recordAttendance(AttendanceData attendance) {
        update("""
                update program_participant set attended_sessions = case when ?4
                    then array(select distinct s from unnest(array_append(attended_sessions, ?3)) s order by s)
                    else array_remove(attended_sessions, ?3) end
                where program_id = ?1 and nip = ?2""",
                attendance.programId(), attendance.nip(), attendance.session(), attendance.present());
    }

    private void withdraw(ParticipantData participant) {
        setStatus(participant.programId(), participant.nip(), "WITHDRAWN");
    }

    private void complete(CompletionData completion) {
        setStatus(completion.programId(), completion.nip(), completion.completed() ? "COMPLETED" : "NOT_COMPLETED");
    }

    private void setStatus(UUID programId, String nip, String status) {
        update("update program_participant set status = ?3 where program_id = ?1 and nip = ?2", programId, nip,
                status);
    }

    public Optional<KnownProgram> program(UUID id) {
        return session().createNativeQuery("""
                        select id, code, title, region_code, start_date, end_date, status, evaluation_link_valid_days,
                            post_training_lag_months, completed_on
                        from program where id = ?1""", KnownProgram.class)
                .setParameter(1, id)
                .getResultStream().findFirst();
    }

    /** The participants who took part: those marked present at one session at least, whatever the end. */
    public List<KnownParticipant> tookPart(UUID programId) {
        return session().createNativeQuery("""
                        select nip, name, agency_code, status from program_participant
                        where program_id = ?1 and cardinality(attended_sessions) > 0 order by nip""",
                        KnownParticipant.class)
                .setParameter(1, programId)
                .getResultList();
    }

    /** Every participant of the program, whatever became of them. */
    public List<KnownParticipant> participants(UUID programId) {
        return session().createNativeQuery(
                        "select nip, name, agency_code, status from program_participant where program_id = ?1 "
                                + "order by nip",
                        KnownParticipant.class)
                .setParameter(1, programId)
                .getResultList();
    }

    public Optional<KnownParticipant> participant(UUID programId, String nip) {
        return session().createNativeQuery("""
                        select nip, name, agency_code, status from program_participant
                        where program_id = ?1 and nip = ?2""", KnownParticipant.class)
                .setParameter(1, programId).setParameter(2, nip)
                .getResultStream().findFirst();
    }

    /** The trainers of the sessions the participant attended, in the order they first taught them. */
    public List<KnownTrainer> trainersOf(UUID programId, String nip) {
        return session().createNativeQuery("""
                        select t.id, t.name, t.nip, t.institution from trainer t
                        join (select pt.trainer_id, min(pt.session_number * 1000 + pt.position) as first_taught
                              from program_trainer pt join program_participant p on p.program_id = pt.program_id
                              where pt.program_id = ?1 and p.nip = ?2 and pt.session_number = any(p.attended_sessions)
                              group by pt.trainer_id) taught on taught.trainer_id = t.id
                        order by taught.first_taught""", KnownTrainer.class)
                .setParameter(1, programId).setParameter(2, nip)
                .getResultList();
    }

    /** Every trainer of the program, in the order they first taught. */
    public List<KnownTrainer> trainers(UUID programId) {
        return session().createNativeQuery("""
                        select t.id, t.name, t.nip, t.institution from trainer t
                        join (select trainer_id, min(session_number * 1000 + position) as first_taught
                              from program_trainer where program_id = ?1 group by trainer_id) taught
                            on taught.trainer_id = t.id
                        order by taught.first_taught""", KnownTrainer.class)
                .setParameter(1, programId)
                .getResultList();
    }

    public Optional<KnownTrainer> trainer(UUID id) {
        return session().createNativeQuery("select id, name, nip, institution from trainer where id = ?1",
                        KnownTrainer.class)
                .setParameter(1, id)
                .getResultStream().findFirst();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private int update(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
