package id.simonev.surveys.result;

import id.simonev.surveys.index.IndexResult;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The SKM results of a service unit over a period, one per instrument version answered: "
        + "versions differ in items and weights, so their answers are never pooled")
public record UnitResults(
        @Schema(description = "The service unit", example = "PKM-BATUA-MKS")
        String serviceUnitCode,
        @Schema(description = "Its name in the register", example = "Puskesmas Batua")
        String serviceUnitName,
        @Schema(description = "The unit's agency", example = "DINKES-MKS")
        String agencyCode,
        @Schema(description = "The unit's Kemendagri region", example = "73.71")
        String regionCode,
        @Schema(description = "First day of the period: responses dated from it")
        LocalDate from,
        @Schema(description = "Last day of the period: responses dated up to it, included")
        LocalDate to,
        @Schema(description = "N, the unit's yearly number of service users in the register; null when the "
                + "register does not know it (or records 0)", example = "12000")
        Integer yearlyServiceUsers,
        @Schema(description = "One result per instrument version the period's responses answered, by instrument "
                + "code and version; empty when the period has no responses")
        List<VersionResult> results) {

    @Schema(description = "The result of the period's responses to one instrument version")
    public record VersionResult(
            @Schema(description = "The instrument", example = "SKM")
            String instrumentCode,
            @Schema(description = "Its version", example = "1")
            int instrumentVersion,
            @Schema(description = "The index of the responses to this version; its responses field is n")
            IndexResult index,
            @Schema(description = "Who answered this version")
            RespondentProfile profile) {
    }
}
