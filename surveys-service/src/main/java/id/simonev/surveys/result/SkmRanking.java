package id.simonev.surveys.result;

import id.simonev.surveys.index.Grade;
import id.simonev.surveys.index.Interval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Service units ranked by IKM over a period, honestly: each says which others it cannot be "
        + "told apart from")
public record SkmRanking(
        @Schema(description = "The agency whose units are ranked, as asked; null when not asked",
                example = "DINKES-MKS")
        String agency,
        @Schema(description = "The region whose units are ranked (a province with its kabupaten/kota), as asked; "
                + "null when not asked", example = "73.71")
        String region,
        @Schema(description = "First day of the period: responses dated from it")
        LocalDate from,
        @Schema(description = "Last day of the period: responses dated up to it, included")
        LocalDate to,
        @Schema(description = "One entry per unit and instrument version answered in the period, in the regions "
                + "your token covers: those with an interval (2 responses or more) by IKM, highest first; then "
                + "those with a single response, by IKM. Ties in IKM by unit code, then instrument and version.")
        List<Entry> units) {

    @Schema(description = "One unit's IKM from its responses to one instrument version")
    public record Entry(
            @Schema(description = "1 for the highest IKM; entries with the same IKM (two decimals) share a rank, "
                    + "and the next rank counts them all (1, 2, 2, 4); null for a single response, which has no "
                    + "interval to rank by", example = "1")
            Integer rank,
            @Schema(description = "The service unit", example = "PKM-BATUA-MKS")
            String serviceUnitCode,
            @Schema(description = "Its name in the register", example = "Puskesmas Batua")
            String serviceUnitName,
            @Schema(description = "The unit's agency", example = "DINKES-MKS")
            String agencyCode,
            @Schema(description = "The unit's Kemendagri region", example = "73.71")
            String regionCode,
            @Schema(description = "The instrument the responses answered", example = "SKM")
            String instrumentCode,
            @Schema(description = "Its version", example = "1")
            int instrumentVersion,
            @Schema(description = "N, the unit's yearly number of service users in the register; null when unknown")
            Integer yearlyServiceUsers,
            @Schema(description = "Number of responses (n)")
            long responses,
            @Schema(description = "IKM, 25-100, two decimals", example = "83.33")
            BigDecimal ikm,
            @Schema(description = "Mutu pelayanan: the IKM's grade, A best")
            Grade mutu,
            @Schema(description = "Kinerja unit pelayanan: the grade in words", example = "Baik")
            String kinerja,
            @Schema(description = "95% confidence interval of the IKM, two decimals; null below 2 responses")
            Interval ikmInterval,
            @Schema(description = "True when the whole interval lies in the IKM's grade; false when the grade is not "
                    + "distinguishable from a neighbouring one; null without an interval")
            Boolean settled,
            @Schema(description = "The other units this one cannot be told apart from, in ranking order: those whose "
                    + "interval overlaps this one's (the intervals as shown, two decimals, ends included). Only "
                    + "units whose intervals do not overlap are ranked apart with confidence; the rule is cautious, "
                    + "as two overlapping intervals may still differ. A unit's entries for other instrument "
                    + "versions are not compared with it. Null without an interval.",
                    example = "[\"PKM-TAMALATE-MKS\"]")
            List<String> indistinguishableFrom) {
    }
}
