package id.simonev.performance.realisation;

import id.simonev.performance.capaian.Direction;
import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The realisation of an indicator for a period, with its capaian and every correction")
public record RealisationView(UUID id, UUID indicatorId, String indicatorCode, String agencyCode, String regionCode,
                              String period, LocalDate periodStart, LocalDate periodEnd,
                              @Schema(description = "What capaian is computed against: the target, or for a range "
                                      + "the bound the realisation passed (the realisation itself inside it)")
                              BigDecimal target,
                              BigDecimal targetLower, BigDecimal targetUpper, BigDecimal realisation,
                              Direction direction,
                              @Schema(description = "Percent, rounded to two decimals") BigDecimal capaian,
                              String evidence, Instant recordedAt, String recordedBy,
                              @Schema(description = "Earliest first") List<CorrectionView> corrections) {

    public record CorrectionView(BigDecimal previousValue,
                                 @Schema(description = "Percent, rounded to two decimals") BigDecimal previousCapaian,
                                 String previousEvidence, BigDecimal value,
                                 @Schema(description = "Percent, rounded to two decimals") BigDecimal capaian,
                                 String evidence, String reason, Instant correctedAt, String correctedBy) {

        static CorrectionView of(RealisationCorrection correction) {
            return new CorrectionView(correction.previousValue, Display.twoDecimals(correction.previousCapaian),
                    correction.previousEvidence, correction.value, Display.twoDecimals(correction.capaian),
                    correction.evidence, correction.reason, correction.correctedAt, correction.correctedBy);
        }
    }

    static RealisationView of(Realisation realisation, List<RealisationCorrection> corrections) {
        return new RealisationView(realisation.id, realisation.indicatorId, realisation.indicatorCode,
                realisation.agencyCode, realisation.regionCode, realisation.period, realisation.periodStart,
                realisation.periodEnd, realisation.target, realisation.targetLower, realisation.targetUpper,
                realisation.realisation, realisation.direction, Display.twoDecimals(realisation.capaian),
                realisation.evidence, realisation.recordedAt, realisation.recordedBy,
                corrections.stream().map(CorrectionView::of).toList());
    }
}
