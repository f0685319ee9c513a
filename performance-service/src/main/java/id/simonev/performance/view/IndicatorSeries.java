package id.simonev.performance.view;

import id.simonev.performance.capaian.Aggregation;
import id.simonev.performance.capaian.Direction;
import id.simonev.performance.indicator.PeriodType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator's periods of a year, and the year's capaian by its declared aggregation")
public record IndicatorSeries(UUID indicatorId, String code, String agencyCode, int year, PeriodType periodType,
                              Direction direction, Aggregation aggregation, List<SeriesPeriod> periods,
                              @Schema(description = "The yearly target, when one is set beside the periods' own")
                              SeriesPeriod yearTarget,
                              @Schema(description = "The year's capaian over the periods with a realisation, by "
                                      + "the aggregation, percent rounded to two decimals; null when none has one")
                              BigDecimal capaian,
                              int periodsCombined) {

    public record SeriesPeriod(String period, LocalDate periodStart, LocalDate periodEnd, BigDecimal target,
                               BigDecimal targetLower, BigDecimal targetUpper, BigDecimal realisation,
                               @Schema(description = "Percent, rounded to two decimals") BigDecimal capaian) {
    }
}
