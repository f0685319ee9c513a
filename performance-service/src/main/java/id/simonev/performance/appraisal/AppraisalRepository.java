package id.simonev.performance.appraisal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppraisalRepository implements PanacheRepositoryBase<Appraisal, UUID> {

    private final EntityManager entityManager;

    AppraisalRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Appraisal> of(String nip, String period) {
        return find("nip = ?1 and period = ?2", nip, period).firstResultOptional();
    }

    List<Appraisal> history(String nip) {
        return list("nip = ?1 order by periodStart desc, periodEnd desc", nip);
    }

    void keep(AppraisalChange change) {
        entityManager.persist(change);
    }

    List<AppraisalChange> changesOf(UUID appraisalId) {
        return entityManager.createQuery("from AppraisalChange where appraisalId = ?1 order by correctedAt",
                        AppraisalChange.class)
                .setParameter(1, appraisalId).getResultList();
    }

    /** Rows of position type (null: not told), predicate and count, for one agency and period. */
    List<Object[]> distribution(String agencyCode, String period) {
        return entityManager.createQuery("""
                        select positionType, predicate, count(*) from Appraisal
                        where agencyCode = ?1 and period = ?2 group by positionType, predicate""", Object[].class)
                .setParameter(1, agencyCode).setParameter(2, period).getResultList();
    }
}
