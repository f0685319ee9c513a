package id.simonev.reporting.evaluation;

import id.simonev.inbox.EventHandlers;
import id.simonev.platform.event.EventEnvelope;
import id.simonev.reporting.ingest.Projection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps level 1 (reaction) of each program's evaluation from surveys-service's events, in any order
 * and before the program's plan too: per section (the delivery, or one trainer) the respondents and
 * per item the answers' integer sums; the REACTION links issued minus those replaced; the time of the
 * latest event. Every update is an upsert that adds, so concurrent consumers need no lock; the items
 * of one answer are written in code order, so that two answers lock their rows in the same order.
 * Post-training (360) answers and links are not part of it.
 */
@ApplicationScoped
class ProgramReactionProjection implements Projection {

    static final String REACTION = "REACTION";
    static final String PARTICIPANT = "PARTICIPANT";
    /** The section of the delivery (penyelenggaraan); a trainer's section is their id. */
    static final String DELIVERY = "DELIVERY";

    private final EntityManager entityManager;

    ProgramReactionProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Submitted(@NotNull UUID programId, @NotBlank String questionnaire,
                     @NotEmpty List<@NotNull @Valid Section> sections) {
    }

    record Section(UUID trainerId, String trainerName,
                   @NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> answers) {
    }

    record LinksIssued(@NotNull UUID programId, @NotBlank String questionnaire, @NotBlank String role,
                       @NotNull @PositiveOrZero Integer issued, @NotNull @PositiveOrZero Integer replaced) {
    }

    @Override
    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on("EvaluationSubmitted", Submitted.class, this::submitted)
                .on("EvaluationLinksIssued", LinksIssued.class, this::linksIssued)
                .build();
    }

    void submitted(Submitted answer, EventEnvelope event) {
        if (!REACTION.equals(answer.questionnaire())) {
            return;
        }
        program(answer.programId(), 0, event.occurredAt());
        answer.sections().forEach(section -> section(answer.programId(), section, event.occurredAt()));
    }

    void linksIssued(LinksIssued links, EventEnvelope event) {
        if (REACTION.equals(links.questionnaire()) && PARTICIPANT.equals(links.role())) {
            program(links.programId(), links.issued() - links.replaced(), event.occurredAt());
        }
    }

    /** The program's row, created when this is its first event: links added, the time kept when newer. */
    private void program(UUID programId, long links, Instant at) {
        entityManager.createNativeQuery("""
                        insert into program_evaluation (program_id, reaction_links, reaction_as_of) values (?1, ?2, ?3)
                        on conflict (program_id) do update set
                            reaction_links = program_evaluation.reaction_links + excluded.reaction_links,
                            reaction_as_of = greatest(program_evaluation.reaction_as_of, excluded.reaction_as_of)""")
                .setParameter(1, programId)
                .setParameter(2, links)
                .setParameter(3, at)
                .executeUpdate();
    }

    /** One more respondent of the section, and their answers added to its items' sums. */
    private void section(UUID programId, Section answered, Instant at) {
        String section = answered.trainerId() == null ? DELIVERY : answered.trainerId().toString();
        entityManager.createNativeQuery("""
                        insert into program_reaction_section (program_id, section, trainer_name, named_at, respondents)
                        values (?1, ?2, ?3, ?4, 1)
                        on conflict (program_id, section) do update set
                            respondents = program_reaction_section.respondents + 1,
                            trainer_name = case when excluded.named_at >= program_reaction_section.named_at
                                then excluded.trainer_name else program_reaction_section.trainer_name end,
                            named_at = greatest(program_reaction_section.named_at, excluded.named_at)""")
                .setParameter(1, programId)
                .setParameter(2, section)
                .setParameter(3, answered.trainerName())
                .setParameter(4, at)
                .executeUpdate();
        new TreeMap<>(answered.answers()).forEach((code, answer) -> entityManager.createNativeQuery("""
                        insert into program_reaction_item (program_id, section, item_code, answered, answer_sum,
                            top_two)
                        values (?1, ?2, ?3, 1, ?4, ?5)
                        on conflict (program_id, section, item_code) do update set
                            answered = program_reaction_item.answered + 1,
                            answer_sum = program_reaction_item.answer_sum + excluded.answer_sum,
                            top_two = program_reaction_item.top_two + excluded.top_two""")
                .setParameter(1, programId)
                .setParameter(2, section)
                .setParameter(3, code)
                .setParameter(4, answer)
                .setParameter(5, answer >= 4 ? 1 : 0)
                .executeUpdate());
    }
}
