package id.simonev.performance.realisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RealisationRepository implements PanacheRepositoryBase<Realisation, UUID> {

    public Optional<Realisation> of(UUID indicatorId, String period) {
        return find("indicatorId = ?1 and period = ?2", indicatorId, period).firstResultOptional();
    }

    /** The realisations of periods within {@code start} to {@code end}, in time order. */
    public List<Realisation> within(UUID indicatorId, LocalDate start, LocalDate end) {
        return list("indicatorId = ?1 and periodStart >= ?2 and periodEnd <= ?3",
                Sort.by("periodStart").and("periodEnd"), indicatorId, start, end);
    }

    public List<RealisationCorrection> corrections(UUID realisationId) {
        return getEntityManager().createQuery("from RealisationCorrection where realisationId = ?1 "
                        + "order by correctedAt, id", RealisationCorrection.class)
                .setParameter(1, realisationId).getResultList();
    }

    public void persist(RealisationCorrection correction) {
        getEntityManager().persist(correction);
    }
}
