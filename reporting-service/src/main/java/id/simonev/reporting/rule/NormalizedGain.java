package id.simonev.reporting.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Normalized gain (Hake): how much of the room a participant had above their pre-test they gained,
 * {@code g = (post - pre) / (100 - pre)}; undefined when the pre-test is 100 (no room to gain).
 *
 * <table>
 *   <caption>Bands, compared on the exact g</caption>
 *   <tr><th>g</th><th>band</th></tr>
 *   <tr><td>above 0.7</td><td>high</td></tr>
 *   <tr><td>0.3 to 0.7, both included</td><td>medium</td></tr>
 *   <tr><td>below 0.3 (a loss too)</td><td>low</td></tr>
 * </table>
 *
 * <p>Example: pre 40, post 70 gives g = 30 / 60 = 0.5, medium.
 */
public final class NormalizedGain {

    public static final String RULE = "gain:hake-v1";

    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);
    private static final BigDecimal HIGH_ABOVE = new BigDecimal("0.7");
    private static final BigDecimal MEDIUM_FROM = new BigDecimal("0.3");
    private static final String UNDEFINED = "a pre-test score of 100 leaves no room to gain: g is undefined";

    /** A participant's band of g. */
    public enum Band { HIGH, MEDIUM, LOW }

    private NormalizedGain() {
    }

    /** The exact g (34 significant digits), absent when the pre-test is 100. */
    public static Figure<BigDecimal> of(BigDecimal pre, BigDecimal post) {
        BigDecimal room = room(pre, post);
        return room.signum() == 0 ? Figure.absent(UNDEFINED)
                : Figure.of(post.subtract(pre).divide(room, MathContext.DECIMAL128));
    }

    /**
     * The band of g, decided without dividing: with {@code 100 - pre > 0}, {@code g > 0.7} exactly
     * when {@code post - pre > 0.7 x (100 - pre)}, so a g of 0.7 is medium and 0.7001 high.
     */
    public static Figure<Band> band(BigDecimal pre, BigDecimal post) {
        BigDecimal room = room(pre, post);
        if (room.signum() == 0) {
            return Figure.absent(UNDEFINED);
        }
        BigDecimal gained = post.subtract(pre);
        if (gained.compareTo(HIGH_ABOVE.multiply(room)) > 0) {
            return Figure.of(Band.HIGH);
        }
        return Figure.of(gained.compareTo(MEDIUM_FROM.multiply(room)) >= 0 ? Band.MEDIUM : Band.LOW);
    }

    private static BigDecimal room(BigDecimal pre, BigDecimal post) {
        requireScore("pre", pre);
        requireScore("post", post);
        return FULL_MARKS.subtract(pre);
    }

    /** Test scores run from 0 to 100. */
    static void requireScore(String name, BigDecimal score) {
        Objects.requireNonNull(score, name);
        if (score.signum() < 0 || score.compareTo(FULL_MARKS) > 0) {
            throw new IllegalArgumentException("A " + name + "-test score runs from 0 to 100, not " + score);
        }
    }
}
