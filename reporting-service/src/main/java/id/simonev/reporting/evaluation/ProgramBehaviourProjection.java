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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps the post-training 360 of each program (level 3, evaluasi pasca pelatihan) from surveys-service's
 * events, in any order and before the program's plan too: per rater role (the alumnus, the atasan
 * langsung, the peers) the respondents, the POST_TRAINING links issued minus those replaced and the
 * time of the latest event, and per item the answers' integer sums. Every update is an upsert that adds,
 * so concurrent consumers need no lock; the items of one answer are written in code order, so that two
 * answers lock their rows in the same order. The reaction's answers and links are not part of it.
 */
@ApplicationScoped
class ProgramBehaviourProjection implements Projection {

    static final String POST_TRAINING = "POST_TRAINING";

    private final EntityManager entityManager;

    ProgramBehaviourProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An answer through one link; the 360's has one section, of items B1-B5 and I1-I6. */
    record Submitted(@NotNull UUID programId, @NotBlank String questionnaire, @NotBlank String role,
                     @NotEmpty List<@NotNull @Valid Section> sections) {
    }

    record Section(@NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> answers) {
    }

    @Override
    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on("EvaluationSubmitted", Submitted.class, this::submitted)
                .on("EvaluationLinksIssued", ProgramReactionProjection.LinksIssued.class, this::linksIssued)
                .build();
    }

    void submitted(Submitted answer, EventEnvelope event) {
        if (!POST_TRAINING.equals(answer.questionnaire())) {
            return;
        }
        role(answer.programId(), answer.role(), 1, 0, event.occurredAt());
        Map<String, Integer> answers = new TreeMap<>();
        answer.sections().forEach(section -> answers.putAll(section.answers()));
        answers.forEach((code, value) -> entityManager.createNativeQuery("""
                        insert into program_behaviour_item (program_id, role, item_code, answered, answer_sum, top_two)
                        values (?1, ?2, ?3, 1, ?4, ?5)
                        on conflict (program_id, role, item_code) do update set
                            answered = program_behaviour_item.answered + 1,
                            answer_sum = program_behaviour_item.answer_sum + excluded.answer_sum,
                            top_two = program_behaviour_item.top_two + excluded.top_two""")
                .setParameter(1, answer.programId())
                .setParameter(2, answer.role())
                .setParameter(3, code)
                .setParameter(4, value)
                .setParameter(5, value >= 4 ? 1 : 0)
                .executeUpdate());
    }

    void linksIssued(ProgramReactionProjection.LinksIssued links, EventEnvelope event) {
        if (POST_TRAINING.equals(links.questionnaire())) {
            role(links.programId(), links.role(), 0, links.issued() - links.replaced(), event.occurredAt());
        }
    }

    /** The role's row, created by its first event: respondents and links added, the time kept when newer. */
    private void role(UUID programId, String role, int respondents, long links, Instant at) {
        entityManager.createNativeQuery("""
                        insert into program_behaviour_role (program_id, role, respondents, links, as_of)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (program_id, role) do update set
                            respondents = program_behaviour_role.respondents + excluded.respondents,
                            links = program_behaviour_role.links + excluded.links,
                            as_of = greatest(program_behaviour_role.as_of, excluded.as_of)""")
                .setParameter(1, programId)
                .setParameter(2, role)
                .setParameter(3, respondents)
                .setParameter(4, links)
                .setParameter(5, at)
                .executeUpdate();
    }
}
