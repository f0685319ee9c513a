package id.simonev.reporting.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Keeps each program's level-4 headline for the region's program list: every second, the programs an event
 * marked stale ({@link ProgramResultsProjection}) get their outcomes' differences in differences with the
 * default windows computed again. A program locked by an event being applied is skipped and taken at the next
 * round; an event marking it stale while it is computed waits for the computation, then marks it again.
 */
@ApplicationScoped
class ProgramResultsRefresher {

    private static final int PROGRAMS_PER_ROUND = 50;

    private final EntityManager entityManager;
    private final ProgramResultsService results;
    private final ObjectMapper objectMapper;

    ProgramResultsRefresher(EntityManager entityManager, ProgramResultsService results, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.results = results;
        this.objectMapper = objectMapper;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        List<?> stale = entityManager.createNativeQuery("""
                        select program_id, region_code, start_date, end_date, outcomes_at from program_evaluation
                        where results_stale and region_code is not null
                        limit ?1 for update skip locked""")
                .setParameter(1, PROGRAMS_PER_ROUND).getResultList();
        for (Object result : stale) {
            Object[] program = (Object[]) result;
            UUID programId = (UUID) program[0];
            ResultsLevel level = results.results(programId, (String) program[1], Columns.date(program[2]),
                    Columns.date(program[3]), Columns.instant(program[4]), ProgramResultsService.DEFAULT_WINDOWS);
            entityManager.createNativeQuery("""
                            update program_evaluation set results_headline = cast(?2 as jsonb),
                                results_as_of = cast(?3 as timestamptz), results_stale = false
                            where program_id = ?1""")
                    .setParameter(1, programId)
                    .setParameter(2, json(level.outcomes().stream().map(ResultsLevel.Headline::of).toList()))
                    .setParameter(3, level.asOf() == null ? null : level.asOf().toString())
                    .executeUpdate();
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
