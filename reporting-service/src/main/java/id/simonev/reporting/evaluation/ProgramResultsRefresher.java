package id.simonev.reporting.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps each program's level-4 headline for the region's program list: every second, the programs an event
 * marked stale ({@link ProgramResultsProjection}) get their outcomes' differences in differences with the
 * default windows computed again. A program locked by an event being applied is skipped and taken at the next
 * round; an event marking it stale while it is computed waits for the computation, then marks it again. A program
 * without outcomes is never stale: it has no headline.
 */
@ApplicationScoped
class ProgramResultsRefresher {

    private static final Logger LOG = Logger.getLogger(ProgramResultsRefresher.class);
    private static final int PROGRAMS_PER_ROUND = 50;

    private final EntityManager entityManager;
    private final ProgramResultsService results;
    private final ObjectMapper objectMapper;

    ProgramResultsRefresher(EntityManager entityManager, ProgramResultsService results, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.results = results;
        this.objectMapper = objectMapper;
    }

    /**
     * Each stale program in a transaction of its own, so that one whose headline cannot be computed (logged, and
     * tried again at the next round) holds up no other.
     */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        @SuppressWarnings("unchecked")
        List<UUID> stale = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select program_id from program_evaluation
                        where results_stale and region_code is not null limit ?1""", UUID.class)
                .setParameter(1, PROGRAMS_PER_ROUND).getResultList());
        stale.forEach(this::refresh);
    }

    private void refresh(UUID programId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<?> stale = entityManager.createNativeQuery("""
                                select region_code, start_date, end_date, outcomes_at from program_evaluation
                                where program_id = ?1 and results_stale for update skip locked""")
                        .setParameter(1, programId).getResultList();
                if (stale.isEmpty()) {
                    return;
                }
                Object[] program = (Object[]) stale.get(0);
                ResultsLevel level = results.results(programId, (String) program[0], Columns.date(program[1]),
                        Columns.date(program[2]), Columns.instant(program[3]), ProgramResultsService.DEFAULT_WINDOWS);
                entityManager.createNativeQuery("""
                                update program_evaluation set results_headline = cast(?2 as jsonb),
                                    results_as_of = cast(?3 as timestamptz), results_stale = false
                                where program_id = ?1""")
                        .setParameter(1, programId)
                        .setParameter(2, json(level.outcomes().stream().map(ResultsLevel.Headline::of).toList()))
                        .setParameter(3, level.asOf() == null ? null : level.asOf().toString())
                        .executeUpdate();
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Level 4's headline of program %s could not be computed; it stays stale and is tried "
                    + "again", programId);
        }
    }

    private String json(List<ResultsLevel.Headline> headline) {
        try {
            return objectMapper.writeValueAsString(headline);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
