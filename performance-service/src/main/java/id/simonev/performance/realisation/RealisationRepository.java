package id.simonev.performance.realisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RealisationRepository implements PanacheRepositoryBase<Realisation, UUID> {

    public boolean recorded(String indicatorCode, String agencyCode, String period) {
        return count("indicatorCode = ?1 and agencyCode = ?2 and period = ?3", indicatorCode, agencyCode, period) > 0;
    }
}
