package id.simonev.surveys.result;

import id.simonev.surveys.campaign.CampaignStatus;
import id.simonev.surveys.index.IndexResult;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The SKM result of one campaign: its responses to its instrument version")
public record CampaignResult(
        @Schema(description = "The campaign")
        UUID campaignId,
        @Schema(description = "The campaign's title", example = "SKM Puskesmas Batua triwulan I 2026")
        String title,
        @Schema(description = "The service unit surveyed", example = "PKM-BATUA-MKS")
        String serviceUnitCode,
        @Schema(description = "The unit's agency", example = "DINKES-MKS")
        String agencyCode,
        @Schema(description = "The unit's Kemendagri region", example = "73.71")
        String regionCode,
        @Schema(description = "First day of the campaign's period")
        LocalDate startDate,
        @Schema(description = "Last day of the campaign's period")
        LocalDate endDate,
        @Schema(description = "Where the campaign stands; an OPEN campaign's result still grows")
        CampaignStatus status,
        @Schema(description = "The instrument the responses answered", example = "SKM")
        String instrumentCode,
        @Schema(description = "Its version", example = "1")
        int instrumentVersion,
        @Schema(description = "N, the unit's yearly number of service users as the campaign records it; it narrows "
                + "the intervals and sets the minimum sample; null when unknown", example = "12000")
        Integer yearlyServiceUsers,
        @Schema(description = "Number of responses (n); 0 before the first one")
        long responses,
        @Schema(description = "The index of the responses; null while there are none")
        IndexResult index,
        @Schema(description = "Who answered")
        RespondentProfile profile) {
}
