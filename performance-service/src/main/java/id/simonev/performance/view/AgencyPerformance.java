package id.simonev.performance.view;

import id.simonev.performance.capaian.Aggregation;
import id.simonev.performance.capaian.Capaian;
import id.simonev.performance.capaian.Direction;
import id.simonev.performance.indicator.MeasureUnit;
import id.simonev.performance.period.PeriodState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every indicator of an agency for a period: target, realisation, capaian; their mean, and "
        + "those below 100%")
public record AgencyPerformance(String agencyCode, String regionCode, String period, LocalDate periodStart,
                                LocalDate periodEnd, PeriodState state, List<IndicatorPerformance> indicators,
                                @Schema(description = "Mean capaian of the indicators that have one, percent, "
                                        + "rounded to two decimals; null when none has")
                                BigDecimal meanCapaian,
                                @Schema(description = "Codes of the indicators whose capaian is below 100%")
                                List<String> belowHundred) {

    @Schema(description = "One indicator in the period. Capaian is the period's own when it has a realisation; "
            + "for an indicator of shorter periods, its periods within combined by its aggregation")
    public record IndicatorPerformance(UUID indicatorId, String code, String name, MeasureUnit unit,
                                       Direction direction, Aggregation aggregation, boolean active,
                                       BigDecimal target, BigDecimal targetLower, BigDecimal targetUpper,
                                       BigDecimal realisation,
                                       @Schema(description = "Percent, rounded to two decimals") BigDecimal capaian,
                                       @Schema(description = "How many of its periods the capaian combines "
                                               + "(1 for the period's own realisation)")
                                       int periodsCombined) {
    }
}
