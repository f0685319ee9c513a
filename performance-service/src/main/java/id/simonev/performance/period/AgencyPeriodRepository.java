package id.simonev.performance.period;

import id.simonev.performance.capaian.Direction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class AgencyPeriodRepository implements PanacheRepositoryBase<AgencyPeriod, AgencyPeriod.Key> {

    /** The lock of the agency's period that holds {@code start} to {@code end}, if one does: the longest. */
    public Optional<AgencyPeriod> lockHolding(String agencyCode, LocalDate start, LocalDate end) {
        return find("agencyCode = ?1 and state = ?2 and periodStart <= ?3 and periodEnd >= ?4",
                Sort.by("periodStart").and("periodEnd", Sort.Direction.Descending),
                agencyCode, PeriodState.LOCKED, start, end).firstResultOptional();
    }
}
