package id.simonev.reporting.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the events say about a region (a province includes its kabupaten/kota)")
public record RegionSummary(
        String regionCode,
        String regionName,
        @Schema(description = "Programs scheduled in the region") long programs,
        @Schema(description = "SKM responses of the region's service units") long surveyResponses,
        List<ServiceUnitIkm> serviceUnits,
        @Schema(description = "The latest realisation of each indicator of each agency") List<IndicatorCapaian> indicators,
        @Schema(description = "The earliest of latestEventBySource: up to about this time, every producer's events "
                + "are in this answer; null before the first event")
        Instant currentAsOf,
        @Schema(description = "The time of the latest event applied from each producer (null: none yet)")
        Map<String, Instant> latestEventBySource) {

    @Schema(description = "IKM of a service unit (PermenPANRB 14/2017), rounded to two decimals")
    public record ServiceUnitIkm(String serviceUnitCode, String regionCode, long responses,
                                 @Schema(description = "Mean answer of each element U1..U9") Map<String, BigDecimal> nrr,
                                 BigDecimal ikm, Mutu mutu, String kinerja) {
    }

    @Schema(description = "Capaian of an indicator in its latest period, percent rounded to two decimals")
    public record IndicatorCapaian(String agencyCode, String indicatorCode, String regionCode, String period,
                                   BigDecimal target, BigDecimal realisation, String direction, BigDecimal capaian) {
    }
}
