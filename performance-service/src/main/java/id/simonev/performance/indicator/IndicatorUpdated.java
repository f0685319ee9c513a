package id.simonev.performance.indicator;

import id.simonev.performance.capaian.Aggregation;
import id.simonev.performance.capaian.Direction;
import id.simonev.platform.event.DomainEvent;
import java.util.UUID;

/** A key indicator (IKU) changed (or was retired: active false); the event carries it whole. */
public record IndicatorUpdated(UUID indicatorId, String code, String name, String agencyCode, String serviceUnitCode,
                               String regionCode, MeasureUnit unit, Direction direction, PeriodType periodType,
                               Aggregation aggregation, boolean allowsAboveHundred, boolean active)
        implements DomainEvent {

    static IndicatorUpdated of(Indicator indicator) {
        return new IndicatorUpdated(indicator.id, indicator.code, indicator.name, indicator.agencyCode,
                indicator.serviceUnitCode, indicator.regionCode, indicator.unit, indicator.direction,
                indicator.periodType, indicator.aggregation, indicator.allowsAboveHundred, indicator.active);
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
