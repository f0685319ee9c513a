package id.simonev.surveys.index;

/**
 * One item's answers as SQL sums them.
 *
 * @param code         the element's code (U1..U9 for SKM): elements are matched by code, never by position
 * @param n            how many answers
 * @param sum          the sum of the answers, for the NRR
 * @param sumOfSquares the sum of the squared answers, for the NRR's interval
 */
public record ItemTally(String code, long n, long sum, long sumOfSquares) {

    Observations answers() {
        return new Observations(n, sum, sumOfSquares);
    }
}
