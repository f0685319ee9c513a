package id.simonev.surveys.index;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) of a unit's SKM responses, and how sure it is.
 *
 * <ul>
 *   <li>NRR of an element = its mean answer; weighted NRR = NRR x the element's weight.</li>
 *   <li>IKM = 25 x the sum of the weighted NRR = 25 x Σ points / (denominator x n), one division.</li>
 *   <li>The IKM is the mean of the respondents' own scores, 25 x points / denominator, so the points'
 *       sums give its 95% interval, as an element's answers give its NRR's. The grade is settled when
 *       both ends of the interval fall in one band, and not distinguishable from the bands it spans
 *       otherwise.</li>
 *   <li>The weakest elements are those with the lowest NRR.</li>
 *   <li>With the unit's yearly number of service users N: the Krejcie-Morgan minimum sample, and
 *       whether the responses reached it.</li>
 * </ul>
 */
public final class SkmIndex {

    /** Nilai dasar: it maps the weighted mean answer, 1-4, onto the IKM's 25-100. */
    static final int NILAI_DASAR = 25;
    /** SKM answers run from 1 to 4, 4 best. */
    static final Range ANSWERS = Range.of(1, 4);
    static final Range INDEX = ANSWERS.times(NILAI_DASAR);

    private SkmIndex() {
    }

    /**
     * @param yearlyServiceUsers N, the unit's yearly number of service users, or null when unknown;
     *                           it narrows the intervals and sets the minimum sample
     */
    public static IndexResult of(Weights weights, IndexTally tally, Long yearlyServiceUsers) {
        if (weights.size() != tally.items().size()) {
            throw new IllegalArgumentException(weights.size() + " weights for " + tally.items().size() + " items");
        }
        if (yearlyServiceUsers != null && yearlyServiceUsers < 1) {
            throw new IllegalArgumentException("A unit has at least one service user, not " + yearlyServiceUsers);
        }
        BigDecimal respondentsByDenominator = BigDecimal.valueOf(tally.n())
                .multiply(BigDecimal.valueOf(weights.denominator()));
        BigDecimal pointsSum = BigDecimal.valueOf(tally.pointsSum());
        BigDecimal weightedNrrSum = pointsSum.divide(respondentsByDenominator, MathContext.DECIMAL128);
        BigDecimal ikm = pointsSum.multiply(BigDecimal.valueOf(NILAI_DASAR))
                .divide(respondentsByDenominator, MathContext.DECIMAL128);
        Interval ikmInterval = tally.points()
                .interval(ikm, (double) NILAI_DASAR / weights.denominator(), yearlyServiceUsers, INDEX);

        List<IndexResult.Element> elements = new ArrayList<>();
        for (int element = 0; element < weights.size(); element++) {
            ItemTally item = tally.items().get(element);
            BigDecimal answersSum = BigDecimal.valueOf(item.sum());
            BigDecimal nrr = answersSum.divide(BigDecimal.valueOf(item.n()), MathContext.DECIMAL128);
            BigDecimal weightedNrr = answersSum.multiply(BigDecimal.valueOf(weights.numerator(element)))
                    .divide(respondentsByDenominator, MathContext.DECIMAL128);
            Interval nrrInterval = item.answers().interval(nrr, 1, yearlyServiceUsers, ANSWERS);
            elements.add(IndexResult.Element.of(item.code(), nrr, nrrInterval, weightedNrr));
        }

        Long minimumSample = yearlyServiceUsers == null ? null : KrejcieMorgan.minimumSample(yearlyServiceUsers);
        Boolean sampleReached = minimumSample == null ? null : tally.n() >= minimumSample;
        return IndexResult.of(tally.n(), ikm, ikmInterval, weightedNrrSum, elements, weakest(tally.items()),
                minimumSample, sampleReached);
    }

    /** All elements tied at the lowest NRR; every element has the same n, so the lowest sum. */
    private static List<String> weakest(List<ItemTally> items) {
        long lowest = items.stream().mapToLong(ItemTally::sum).min().orElseThrow();
        return items.stream().filter(item -> item.sum() == lowest).map(ItemTally::code).toList();
    }
}
