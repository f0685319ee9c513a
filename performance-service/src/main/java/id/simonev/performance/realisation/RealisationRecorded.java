package id.simonev.performance.realisation;

import id.simonev.performance.capaian.Direction;
import id.simonev.performance.indicator.MeasureUnit;
import id.simonev.platform.event.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The realisation of an agency's indicator for a period was recorded, with its capaian at full
 * precision. {@code target} is what capaian was computed against; a range target also gives its
 * bounds. Keyed by the indicator, so that its realisations and corrections stay in order.
 */
public record RealisationRecorded(UUID realisationId, UUID indicatorId, String indicatorCode, String agencyCode,
                                  String regionCode, String period, LocalDate periodStart, LocalDate periodEnd,
                                  MeasureUnit unit, BigDecimal target, BigDecimal targetLower, BigDecimal targetUpper,
                                  BigDecimal realisation, Direction direction, BigDecimal capaian)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return indicatorId.toString();
    }

    @Override
    public String region() {
        return regionCode;
    }

    static RealisationRecorded of(Realisation realisation, MeasureUnit unit) {
        return new RealisationRecorded(realisation.id, realisation.indicatorId, realisation.indicatorCode,
                realisation.agencyCode, realisation.regionCode, realisation.period, realisation.periodStart,
                realisation.periodEnd, unit, realisation.target, realisation.targetLower, realisation.targetUpper,
                realisation.realisation, realisation.direction, realisation.capaian);
    }
}
