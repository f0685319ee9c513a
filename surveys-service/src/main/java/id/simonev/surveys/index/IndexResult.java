package id.simonev.surveys.index;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The index as a report shows it. Every figure is rounded here and nowhere else, half up: the IKM
 * side to 2 decimals, the NRR side to 4; the grades are decided on the same rounded values.
 */
@Schema(description = "Indeks Kepuasan Masyarakat of a unit's SKM responses (PermenPANRB 14/2017)")
public record IndexResult(
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
        @Schema(description = "True when both ends of the interval have the IKM's grade; false when the grade is "
                + "not distinguishable from the others it spans; null without an interval")
        Boolean settled,
        @Schema(description = "The grades the interval spans, from its lower end's to its upper end's, "
                + "e.g. C, B, A; null without an interval")
        List<Grade> mutuSpanned,
        @Schema(description = "Sum of the weighted NRR (IKM / 25), four decimals like an NRR")
        BigDecimal weightedNrrSum,
        @Schema(description = "The indexed elements, in instrument order")
        List<Element> elements,
        @Schema(description = "Codes of the elements with the lowest NRR, all of them when tied")
        List<String> weakestElements,
        @Schema(description = "Krejcie-Morgan minimum sample for the unit's yearly number of service users; "
                + "null when that number is unknown")
        Long minimumSample,
        @Schema(description = "Whether the responses reached the minimum sample; null when it is unknown")
        Boolean sampleReached) {

    @Schema(description = "One indexed element")
    public record Element(
            @Schema(description = "The element's code; match elements by code, never by position", example = "U1")
            String code,
            @Schema(description = "NRR (nilai rata-rata): the mean answer, 1-4, four decimals", example = "3.2500")
            BigDecimal nrr,
            @Schema(description = "95% confidence interval of the NRR, four decimals; null below 2 responses")
            Interval nrrInterval,
            @Schema(description = "NRR x the element's weight, four decimals")
            BigDecimal weightedNrr,
            @Schema(description = "The NRR's grade, by the regulation's NRR (nilai interval) bands")
            Grade mutu,
            @Schema(description = "The NRR's grade in words")
            String kinerja) {

        static Element of(String code, BigDecimal nrr, Interval nrrInterval, BigDecimal weightedNrr) {
            Grade mutu = Grade.ofNrr(nrr);
            return new Element(code, Rounding.NRR.apply(nrr),
                    nrrInterval == null ? null : nrrInterval.rounded(Rounding.NRR),
                    Rounding.NRR.apply(weightedNrr), mutu, mutu.kinerja());
        }
    }

    static IndexResult of(long responses, BigDecimal ikm, Interval ikmInterval, BigDecimal weightedNrrSum,
                          List<Element> elements, List<String> weakestElements, Long minimumSample,
                          Boolean sampleReached) {
        Grade mutu = Grade.ofIkm(ikm);
        Interval shown = ikmInterval == null ? null : ikmInterval.rounded(Rounding.IKM);
        List<Grade> spanned = shown == null ? null : Grade.spannedByIkm(shown);
        return new IndexResult(responses, Rounding.IKM.apply(ikm), mutu, mutu.kinerja(), shown,
                spanned == null ? null : spanned.size() == 1, spanned, Rounding.NRR.apply(weightedNrrSum),
                List.copyOf(elements), weakestElements, minimumSample, sampleReached);
    }
}
