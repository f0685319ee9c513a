package id.simonev.performance.realisation;

import id.simonev.performance.capaian.Direction;
import id.simonev.platform.event.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An agency's realisation of a key indicator for a period was recorded, with its capaian at full precision. */
public record RealisationRecorded(UUID realisationId, String indicatorCode, String agencyCode, String regionCode,
                                  String period, LocalDate periodStart, LocalDate periodEnd, BigDecimal target,
                                  BigDecimal realisation, Direction direction, BigDecimal capaian)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return realisationId.toString();
    }

    @Override
    public String region() {
        return regionCode;
    }

    static RealisationRecorded of(Realisation realisation) {
        return new RealisationRecorded(realisation.id, realisation.indicatorCode, realisation.agencyCode,
                realisation.regionCode, realisation.period, realisation.periodStart, realisation.periodEnd,
                realisation.target, realisation.realisation, realisation.direction, realisation.capaian);
    }
}
