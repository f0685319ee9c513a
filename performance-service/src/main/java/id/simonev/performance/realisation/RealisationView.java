package id.simonev.performance.realisation;

import id.simonev.performance.capaian.Direction;
import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RealisationView(UUID id, String indicatorCode, String agencyCode, String regionCode, String period,
                              LocalDate periodStart, LocalDate periodEnd, BigDecimal target, BigDecimal realisation,
                              Direction direction,
                              @Schema(description = "Percent, rounded to two decimals") BigDecimal capaian,
                              Instant recordedAt) {

    static RealisationView of(Realisation realisation) {
        return new RealisationView(realisation.id, realisation.indicatorCode, realisation.agencyCode,
                realisation.regionCode, realisation.period, realisation.periodStart, realisation.periodEnd,
                realisation.target, realisation.realisation, realisation.direction,
                Display.twoDecimals(realisation.capaian), realisation.recordedAt);
    }
}
