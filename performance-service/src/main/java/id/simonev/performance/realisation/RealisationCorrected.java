package id.simonev.performance.realisation;

import id.simonev.performance.capaian.Direction;
import id.simonev.performance.indicator.MeasureUnit;
import id.simonev.platform.event.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded realisation was corrected: the earlier value and capaian, and the new ones at full
 * precision (the reason stays in the service: free text may name people).
 */
public record RealisationCorrected(UUID realisationId, UUID indicatorId, String indicatorCode, String agencyCode,
                                   String regionCode, String period, LocalDate periodStart, LocalDate periodEnd,
                                   MeasureUnit unit, BigDecimal target, BigDecimal targetLower,
                                   BigDecimal targetUpper, Direction direction, BigDecimal previousRealisation,
                                   BigDecimal previousCapaian, BigDecimal realisation, BigDecimal capaian,
                                   Instant correctedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return indicatorId.toString();
    }

    @Override
    public String region() {
        return regionCode;
    }

    static RealisationCorrected of(Realisation realisation, RealisationCorrection correction, MeasureUnit unit) {
        return new RealisationCorrected(realisation.id, realisation.indicatorId, realisation.indicatorCode,
                realisation.agencyCode, realisation.regionCode, realisation.period, realisation.periodStart,
                realisation.periodEnd, unit, realisation.target, realisation.targetLower, realisation.targetUpper,
                realisation.direction, correction.previousValue, correction.previousCapaian, correction.value,
                correction.capaian, correction.correctedAt);
    }
}
