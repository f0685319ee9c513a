package id.simonev.performance.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public boolean exists(String agencyCode, String code) {
        return count("agencyCode = ?1 and code = ?2", agencyCode, code) > 0;
    }

    public boolean hasRealisations(UUID indicatorId) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists (select 1 from realisation where indicator_id = ?1)")
                .setParameter(1, indicatorId).getSingleResult();
    }

    public boolean hasRealisation(UUID indicatorId, String period) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists (select 1 from realisation where indicator_id = ?1 and period = ?2)")
                .setParameter(1, indicatorId).setParameter(2, period).getSingleResult();
    }
}
