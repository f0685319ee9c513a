package id.simonev.performance.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<IndicatorTarget, IndicatorTarget.Key> {

    public Optional<IndicatorTarget> of(UUID indicatorId, String period) {
        return findByIdOptional(new IndicatorTarget.Key(indicatorId, period));
    }

    public boolean any(UUID indicatorId) {
        return count("indicatorId", indicatorId) > 0;
    }

    /** The targets of periods within {@code start} to {@code end}, in time order, shortest first. */
    public List<IndicatorTarget> within(UUID indicatorId, LocalDate start, LocalDate end) {
        return list("indicatorId = ?1 and periodStart >= ?2 and periodEnd <= ?3",
                Sort.by("periodStart").and("periodEnd"), indicatorId, start, end);
    }
}
