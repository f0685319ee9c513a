package id.simonev.surveys.evaluationresult;

import id.simonev.surveys.evaluation.Questionnaire;
import id.simonev.surveys.evaluation.RaterRole;
import id.simonev.surveys.instrument.InstrumentVersion;
import id.simonev.surveys.rating.ItemTally;
import id.simonev.surveys.rating.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The integer sums of stored answers, per program, questionnaire, role and trainer, item by item
 * (by code, so that versions with the same items pool): how many answered each item, their sum and
 * how many gave one of the scale's top two points. One query per result.
 */
@ApplicationScoped
public class AnswerTallies {

    private final EntityManager entityManager;

    AnswerTallies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whose answers a group holds: a program's questionnaire, role and, for a trainer's section, the trainer. */
    public record Group(UUID programId, Questionnaire questionnaire, RaterRole role, UUID trainerId) {
    }

    private record Row(UUID programId, String questionnaire, String role, UUID trainerId, String code,
                       long respondents, long answered, long sum, long topTwo) {
    }

    /** The sums of one group: its respondents and its items by code. */
    public record Sums(long respondents, Map<String, ItemTally> items) {

        static final Sums NONE = new Sums(0, Map.of());

        Sums plus(Sums other) {
            Map<String, ItemTally> added = new HashMap<>(items);
            other.items.forEach((code, tally) -> added.merge(code, tally, (a, b) ->
                    new ItemTally(a.answered() + b.answered(), a.sum() + b.sum(), a.topTwo() + b.topTwo())));
            return new Sums(respondents + other.respondents, added);
        }

        /** The rating of these sums on the items of {@code version}, in its order. */
        public Rating rating(InstrumentVersion version) {
            List<Rating.Item> rated = new ArrayList<>();
            version.items().forEach(item -> rated.add(new Rating.Item(item.code(), item.name(),
                    items.getOrDefault(item.code(), new ItemTally(0, 0, 0)))));
            return Rating.of(respondents, rated);
        }
    }

    /** The sums of every group of a program. */
    public Map<Group, Sums> ofProgram(UUID programId) {
        return sums("a.program_id = ?1", programId);
    }

    /** The sums of a trainer's sections, per program among {@code programIds}. */
    public Map<Group, Sums> ofTrainer(UUID trainerId, List<UUID> programIds) {
        return sums("a.trainer_id = ?1 and a.program_id = any(?2)", trainerId, programIds.toArray(UUID[]::new));
    }

    private Map<Group, Sums> sums(String where, Object... parameters) {
        var query = entityManager.unwrap(Session.class).createNativeQuery("""
                select a.program_id, a.questionnaire, a.role, a.trainer_id, i.code,
                    count(distinct a.id) as respondents,
                    count(a.answers[i.position]) as answered,
                    coalesce(sum(a.answers[i.position]), 0) as sum,
                    count(*) filter (where a.answers[i.position] >= v.scale_max - 1) as top_two
                from evaluation_answer a
                join instrument_version v on v.id = a.instrument_version_id
                join instrument_item i on i.version_id = a.instrument_version_id
                where\s""" + where + """

                group by a.program_id, a.questionnaire, a.role, a.trainer_id, i.code""", Row.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        Map<Group, Sums> sums = new HashMap<>();
        for (Row row : query.getResultList()) {
            Group group = new Group(row.programId(), Questionnaire.valueOf(row.questionnaire()),
                    RaterRole.valueOf(row.role()), row.trainerId());
            Sums item = new Sums(row.respondents(), Map.of(row.code(),
                    new ItemTally(row.answered(), row.sum(), row.topTwo())));
            sums.merge(group, item, (a, b) -> new Sums(Math.max(a.respondents(), b.respondents()),
                    a.plus(b).items()));
        }
        return sums;
    }

    /** The sums of the groups matching {@code filter}, added together. */
    public static Sums pooled(Map<Group, Sums> sums, java.util.function.Predicate<Group> filter) {
        return sums.entrySet().stream().filter(entry -> filter.test(entry.getKey())).map(Map.Entry::getValue)
                .reduce(Sums.NONE, Sums::plus);
    }
}
