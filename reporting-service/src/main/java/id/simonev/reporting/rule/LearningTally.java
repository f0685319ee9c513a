package id.simonev.reporting.rule;

import java.math.BigDecimal;

/**
 * The running sums of a program's test scores that its learning figures (level 2) come from: one row
 * of a read model, changed as each participant's scores arrive or are corrected by taking their
 * former scores out and putting the new ones in ({@code tally.minus(pre, post).plus(newPre, newPost)};
 * a score not yet recorded is null).
 *
 * @param paired              participants with both scores
 * @param preOnly             participants with a pre-test score and no post-test score
 * @param postOnly            participants with a post-test score and no pre-test score
 * @param preSum              Σ pre over the paired
 * @param postSum             Σ post over the paired
 * @param differenceSquareSum Σ (post - pre)² over the paired
 * @param gainSum             Σ g over the paired whose g is defined, each g to 34 significant digits
 * @param high                paired participants with g above 0.7
 * @param medium              with g from 0.3 to 0.7
 * @param low                 with g below 0.3
 */
public record LearningTally(long paired, long preOnly, long postOnly, BigDecimal preSum, BigDecimal postSum,
                            BigDecimal differenceSquareSum, BigDecimal gainSum, long high, long medium, long low) {

    public static final LearningTally EMPTY = new LearningTally(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0);

    public LearningTally {
        if (paired < 0 || preOnly < 0 || postOnly < 0 || high < 0 || medium < 0 || low < 0
                || high + medium + low > paired) {
            throw new IllegalArgumentException("Inconsistent counts: took out scores that were never put in");
        }
    }

    /** The paired participants left out of the mean gain, their pre-test being 100. */
    public long gainUndefined() {
        return paired - high - medium - low;
    }

    /** With one participant's scores; either may be null. */
    public LearningTally plus(BigDecimal pre, BigDecimal post) {
        return add(pre, post, 1);
    }

    /** Without one participant's scores as they were put in. */
    public LearningTally minus(BigDecimal pre, BigDecimal post) {
        return add(pre, post, -1);
    }

    private LearningTally add(BigDecimal pre, BigDecimal post, int sign) {
        if (pre == null || post == null) {
            if (pre != null) {
                NormalizedGain.requireScore("pre", pre);
                return new LearningTally(paired, preOnly + sign, postOnly, preSum, postSum, differenceSquareSum,
                        gainSum, high, medium, low);
            }
            if (post != null) {
                NormalizedGain.requireScore("post", post);
                return new LearningTally(paired, preOnly, postOnly + sign, preSum, postSum, differenceSquareSum,
                        gainSum, high, medium, low);
            }
            return this;
        }
        BigDecimal by = BigDecimal.valueOf(sign);
        Figure<NormalizedGain.Band> band = NormalizedGain.band(pre, post);
        BigDecimal gain = NormalizedGain.of(pre, post).map(g -> g.multiply(by)).value();
        return new LearningTally(paired + sign, preOnly, postOnly, preSum.add(pre.multiply(by)),
                postSum.add(post.multiply(by)), differenceSquareSum.add(post.subtract(pre).pow(2).multiply(by)),
                gain == null ? gainSum : gainSum.add(gain),
                high + (band.value() == NormalizedGain.Band.HIGH ? sign : 0),
                medium + (band.value() == NormalizedGain.Band.MEDIUM ? sign : 0),
                low + (band.value() == NormalizedGain.Band.LOW ? sign : 0));
    }
}
