package id.simonev.surveys.index;

import java.util.List;

/**
 * A unit's responses as SQL sums them, for its index.
 *
 * @param n                  how many responses
 * @param items              the indexed items, in instrument order (the order of the {@link Weights})
 * @param pointsSum          the sum over respondents of their {@linkplain Weights#points(int[]) points}
 * @param pointsSumOfSquares the sum over respondents of their squared points, for the IKM's interval
 */
public record IndexTally(long n, List<ItemTally> items, long pointsSum, long pointsSumOfSquares) {

    /**
     * Every item must have been answered by every respondent: points exist only for complete
     * responses, and only then is the IKM one division of the points' sum.
     */
    public IndexTally {
        if (n < 1) {
            throw new IllegalArgumentException("An index needs at least one response");
        }
        items = List.copyOf(items);
        for (ItemTally item : items) {
            if (item.n() != n) {
                throw new IllegalArgumentException("Every response answers every item, but " + item.code()
                        + " has " + item.n() + " answers from " + n + " responses");
            }
        }
    }

    Observations points() {
        return new Observations(n, pointsSum, pointsSumOfSquares);
    }
}
