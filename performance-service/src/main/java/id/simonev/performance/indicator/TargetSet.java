package id.simonev.performance.indicator;

import id.simonev.platform.event.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The target of an indicator for a period was set: a value, or a range from lower to upper. */
public record TargetSet(UUID indicatorId, String indicatorCode, String agencyCode, String regionCode, String period,
                        LocalDate periodStart, LocalDate periodEnd, BigDecimal value, BigDecimal lower,
                        BigDecimal upper) implements DomainEvent {

    static TargetSet of(Indicator indicator, IndicatorTarget target) {
        return new TargetSet(indicator.id, indicator.code, indicator.agencyCode, indicator.regionCode, target.period,
                target.periodStart, target.periodEnd, target.value, target.lower, target.upper);
    }

    @Override
    public String aggregateId() {
        return indicatorId.toString();
    }

    @Override
    public String region() {
        return regionCode;
    }
}
