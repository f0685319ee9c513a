package id.simonev.reporting.evaluation;

import id.simonev.inbox.EventHandlers;
import id.simonev.platform.event.EventEnvelope;
import id.simonev.reporting.ingest.Projection;
import id.simonev.reporting.rule.Predicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * Keeps every employee's appraisals (PermenPANRB 6/2022) from performance-service's events, for level 3
 * of the programs' evaluations: each appraisal's employee, period and predicate. A correction changes
 * the predicate of its appraisal; of two events of one appraisal the later by event time wins, whichever
 * arrives last, so that a correction read before the appraisal it corrects still stands. Each event is
 * one upsert.
 */
@ApplicationScoped
class EmployeeAppraisalProjection implements Projection {

    private final EntityManager entityManager;

    EmployeeAppraisalProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What an AppraisalRecorded and an AppraisalCorrected both carry, the predicate as it now stands. */
    record Appraised(@NotNull UUID appraisalId, @NotNull @Pattern(regexp = "\\d{18}") String nip,
                     @NotNull @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?") String period,
                     @NotNull Predicate predicate) {
    }

    @Override
    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on("AppraisalRecorded", Appraised.class, this::appraised)
                .on("AppraisalCorrected", Appraised.class, this::appraised)
                .build();
    }

    void appraised(Appraised appraisal, EventEnvelope event) {
        entityManager.createNativeQuery("""
                        insert into employee_appraisal (appraisal_id, nip, period, predicate, predicate_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (appraisal_id) do update set predicate = excluded.predicate,
                            predicate_at = excluded.predicate_at
                        where excluded.predicate_at >= employee_appraisal.predicate_at""")
                .setParameter(1, appraisal.appraisalId())
                .setParameter(2, appraisal.nip())
                .setParameter(3, appraisal.period())
                .setParameter(4, appraisal.predicate().name())
                .setParameter(5, event.occurredAt())
                .executeUpdate();
    }
}
