package id.simonev.reporting.summary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indeks Kepuasan Masyarakat of a service unit (PermenPANRB 14/2017), from the sums of the
 * answers to the nine SKM elements over n responses, with the regulation's equal weights:
 * NRR of an element = its mean answer; IKM = 25 x sum of (NRR x 1/9) = 25 x (sum of all answers) / (9 n).
 * Kept at full precision; rounded to two decimals only for display and for the grade.
 */
public record Ikm(long responses, Map<String, BigDecimal> nrr, BigDecimal index, Mutu mutu) {

    /** The SKM elements by code, U1..U9; matched by code, never by position. */
    public static final List<String> ELEMENTS = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    private static final BigDecimal SCALE_FACTOR = BigDecimal.valueOf(25);

    /** @param answerSums the sums of the answers to U1..U9, in that order */
    public static Ikm of(long responses, long[] answerSums) {
        if (responses <= 0 || answerSums.length != ELEMENTS.size()) {
            throw new IllegalArgumentException("IKM needs at least one response and sums for all nine elements");
        }
        BigDecimal n = BigDecimal.valueOf(responses);
        Map<String, BigDecimal> nrr = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < answerSums.length; i++) {
            nrr.put(ELEMENTS.get(i), BigDecimal.valueOf(answerSums[i]).divide(n, MathContext.DECIMAL128));
            total += answerSums[i];
        }
        BigDecimal index = SCALE_FACTOR.multiply(BigDecimal.valueOf(total))
                .divide(n.multiply(BigDecimal.valueOf(ELEMENTS.size())), MathContext.DECIMAL128);
        return new Ikm(responses, nrr, index, Mutu.of(index));
    }
}
