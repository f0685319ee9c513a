package id.simonev.performance.indicator;

import id.simonev.performance.capaian.Aggregation;
import id.simonev.performance.capaian.Direction;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A key indicator (IKU) of an agency")
public record IndicatorView(UUID id, String code, String name, String agencyCode, String serviceUnitCode,
                            String regionCode, MeasureUnit unit, Direction direction, PeriodType periodType,
                            Aggregation aggregation, boolean allowsAboveHundred, boolean active, Instant createdAt,
                            Instant updatedAt) {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator.id, indicator.code, indicator.name, indicator.agencyCode,
                indicator.serviceUnitCode, indicator.regionCode, indicator.unit, indicator.direction,
                indicator.periodType, indicator.aggregation, indicator.allowsAboveHundred, indicator.active,
                indicator.createdAt, indicator.updatedAt);
    }
}
