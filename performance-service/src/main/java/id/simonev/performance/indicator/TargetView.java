package id.simonev.performance.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The target of an indicator for a period: a value, or a range (lower to upper)")
public record TargetView(UUID indicatorId, String period, LocalDate periodStart, LocalDate periodEnd,
                         BigDecimal value, BigDecimal lower, BigDecimal upper, Instant setAt) {

    static TargetView of(IndicatorTarget target) {
        return new TargetView(target.indicatorId, target.period, target.periodStart, target.periodEnd, target.value,
                target.lower, target.upper, target.setAt);
    }
}
