package id.simonev.surveys.result;

import id.simonev.surveys.campaign.CampaignStatus;
import id.simonev.surveys.index.Grade;
import id.simonev.surveys.index.Interval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A service unit's IKM campaign by campaign: its trend")
public record UnitTrend(
        @Schema(description = "The service unit", example = "PKM-BATUA-MKS")
        String serviceUnitCode,
        @Schema(description = "Its name in the register", example = "Puskesmas Batua")
        String serviceUnitName,
        @Schema(description = "The unit's campaigns that have opened (not drafts), by start date")
        List<Period> campaigns) {

    @Schema(description = "One campaign's IKM. Two periods' IKMs differ beyond chance only when their intervals "
            + "do not overlap.")
    public record Period(
            @Schema(description = "The campaign")
            UUID campaignId,
            @Schema(description = "The campaign's title", example = "SKM Puskesmas Batua triwulan I 2026")
            String title,
            @Schema(description = "First day of the campaign's period")
            LocalDate startDate,
            @Schema(description = "Last day of the campaign's period")
            LocalDate endDate,
            @Schema(description = "OPEN or CLOSED; an OPEN campaign's figures still grow")
            CampaignStatus status,
            @Schema(description = "The instrument the responses answered", example = "SKM")
            String instrumentCode,
            @Schema(description = "Its version", example = "1")
            int instrumentVersion,
            @Schema(description = "N, the unit's yearly number of service users as the campaign records it; null "
                    + "when unknown")
            Integer yearlyServiceUsers,
            @Schema(description = "Number of responses (n)")
            long responses,
            @Schema(description = "IKM, 25-100, two decimals; null without responses", example = "83.33")
            BigDecimal ikm,
            @Schema(description = "Mutu pelayanan: the IKM's grade, A best; null without responses")
            Grade mutu,
            @Schema(description = "Kinerja unit pelayanan: the grade in words; null without responses",
                    example = "Baik")
            String kinerja,
            @Schema(description = "95% confidence interval of the IKM, two decimals; null below 2 responses")
            Interval ikmInterval,
            @Schema(description = "True when the whole interval lies in the IKM's grade; false when the grade is not "
                    + "distinguishable from a neighbouring one; null without an interval")
            Boolean settled) {
    }
}
