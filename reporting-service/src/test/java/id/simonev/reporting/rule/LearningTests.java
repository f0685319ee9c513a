package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LearningTests {

    private static BigDecimal score(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** A tally of participants' scores, each pair "pre/post" and a score not recorded "-". */
    private static LearningTally tally(String... participants) {
        LearningTally tally = LearningTally.EMPTY;
        for (String participant : participants) {
            String[] scores = participant.split("/");
            tally = tally.plus(score(scores[0].equals("-") ? null : scores[0]),
                    score(scores[1].equals("-") ? null : scores[1]));
        }
        return tally;
    }

    private static Figure<BigDecimal> shown(String value) {
        return Figure.of(new BigDecimal(value));
    }

    @Test
    void domainExamplesTogether() {
        // d = 30, 10, 20 (DOMAIN.md's interval) from pre 40 -> 70 (DOMAIN.md's g = 0.5, medium), 50 -> 60
        // (g = 0.2, low) and 30 -> 50 (g = 20/70 = 0.2857, low); mean g = 0.985714 / 3 = 0.328571
        Learning learning = Learning.of(tally("40/70", "50/60", "30/50"));
        assertEquals(3, learning.paired());
        assertEquals(shown("40.00"), learning.meanPre());
        assertEquals(shown("60.00"), learning.meanPost());
        assertEquals(shown("20.00"), learning.difference().mean());
        assertEquals(Figure.of(new Interval(new BigDecimal("-4.84"), new BigDecimal("44.84"))),
                learning.difference().interval());
        assertEquals(shown("0.33"), learning.meanGain());
        assertEquals(0, learning.high());
        assertEquals(1, learning.medium());
        assertEquals(2, learning.low());
        assertEquals(0, learning.gainUndefined());
    }

    @Test
    void aPreTestOf100IsLeftOutOfTheGainAndCounted() {
        // the two with 100 before count in the paired difference (d = 0 and -10) but not in g
        Learning learning = Learning.of(tally("100/100", "100/90", "40/70"));
        assertEquals(3, learning.paired());
        assertEquals(2, learning.gainUndefined());
        assertEquals(shown("0.50"), learning.meanGain());
        assertEquals(shown("6.67"), learning.difference().mean());
        assertEquals(shown("80.00"), learning.meanPre());
        assertEquals(shown("86.67"), learning.meanPost());
    }

    @Test
    void whenEveryoneHad100BeforeThereIsNoGain() {
        Learning learning = Learning.of(tally("100/100", "100/95"));
        assertEquals(Figure.absent("not enough data: every participant with both scores had 100 in the pre-test, "
                + "which leaves g undefined"), learning.meanGain());
        assertEquals(2, learning.gainUndefined());
        assertEquals(shown("-2.50"), learning.difference().mean());
    }

    @Test
    void thoseWithOneScoreAreCountedApart() {
        Learning learning = Learning.of(tally("40/70", "55/-", "60/-", "-/80"));
        assertEquals(1, learning.paired());
        assertEquals(2, learning.preOnly());
        assertEquals(1, learning.postOnly());
        assertEquals(shown("40.00"), learning.meanPre());
        assertFalse(learning.difference().interval().present());
    }

    @Test
    void withoutScoresThereAreNoFigures() {
        Learning learning = Learning.of(LearningTally.EMPTY.plus(null, null));
        Figure<BigDecimal> none = Figure.absent(
                "not enough data: no participant has both a pre-test and a post-test score");
        assertEquals(none, learning.meanPre());
        assertEquals(none, learning.meanPost());
        assertEquals(none, learning.meanGain());
        assertEquals(none, learning.difference().mean());
    }

    @Test
    void aCorrectionReplacesTheFormerScores() {
        // 50 -> 60 corrected to 50 -> 65; a post-test recorded after the pre-test; scores taken out to nothing
        LearningTally corrected = tally("40/70", "50/60", "30/-").minus(score("50"), score("60"))
                .plus(score("50"), score("65")).minus(score("30"), null).plus(score("30"), score("50"));
        assertEquals(Learning.of(tally("40/70", "50/65", "30/50")), Learning.of(corrected));
        assertEquals(Learning.of(LearningTally.EMPTY),
                Learning.of(tally("40/70", "100/100").minus(score("40"), score("70")).minus(score("100"),
                        score("100"))));
    }

    @Test
    void scoresNeverPutInCannotBeTakenOut() {
        assertThrows(IllegalArgumentException.class, () -> LearningTally.EMPTY.minus(score("40"), score("70")));
        assertThrows(IllegalArgumentException.class, () -> LearningTally.EMPTY.minus(null, score("70")));
        assertThrows(IllegalArgumentException.class, () -> LearningTally.EMPTY.plus(score("101"), null));
    }
}
