package id.simonev.reporting.rule;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How the appraisal predicates moved from before a program to after it (level 3), for the
 * participants and for the comparison group, each over its employees with a pair
 * ({@link AppraisalWindow}): how many improved, stayed and worsened, their shares in % and the mean
 * change in steps of the predicate order; and the level-3 difference in differences, the
 * participants' share improved minus the comparison group's, in percentage points.
 *
 * <p>Shares and the mean change are shown to 2 decimals, half up; the difference is taken from the
 * shares as shown, so that a reader can check it by subtraction (shares 66.67% and 33.33%, exactly
 * 2/3 and 1/3, give 33.34 points).
 *
 * @param difference absent when either group has no pair
 */
public record AppraisalShift(Group participants, Group comparison, Figure<BigDecimal> difference) {

    public static final String RULE = "appraisal-shift:v1";

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    /** From Sangat Kurang to Sangat Baik, the longest move. */
    private static final int MAX_STEPS = 4;

    /**
     * The running counts of a group's pairs, one row of a read model: a pair is put in when the
     * employee's after appraisal arrives and taken out as it was when a correction changes it.
     *
     * @param changeSum Σ of the pairs' changes ({@link AppraisalPair#change()})
     */
    public record Tally(long improved, long unchanged, long worse, long changeSum) {

        public static final Tally EMPTY = new Tally(0, 0, 0, 0);

        public Tally {
            if (improved < 0 || unchanged < 0 || worse < 0
                    || changeSum < improved - MAX_STEPS * worse || changeSum > MAX_STEPS * improved - worse) {
                throw new IllegalArgumentException("Inconsistent counts: took out pairs that were never put in, "
                        + "or changes that no pair of predicates makes");
            }
        }

        public long pairs() {
            return improved + unchanged + worse;
        }

        public Tally plus(AppraisalPair pair) {
            return add(pair.change(), 1);
        }

        public Tally minus(AppraisalPair pair) {
            return add(pair.change(), -1);
        }

        private Tally add(int change, int sign) {
            return new Tally(improved + (change > 0 ? sign : 0), unchanged + (change == 0 ? sign : 0),
                    worse + (change < 0 ? sign : 0), changeSum + (long) sign * change);
        }
    }

    /**
     * One group's shift.
     *
     * @param improvedShare  the share of the pairs that improved, in %, 2 decimals; absent without a pair
     * @param meanChange     the mean change in steps, 2 decimals; absent without a pair
     */
    public record Group(long pairs, long improved, long unchanged, long worse, Figure<BigDecimal> improvedShare,
                        Figure<BigDecimal> unchangedShare, Figure<BigDecimal> worseShare,
                        Figure<BigDecimal> meanChange) {

        static Group of(Tally tally, String who) {
            long pairs = tally.pairs();
            if (pairs == 0) {
                Figure<BigDecimal> none = Figure.absent("not enough data: no " + who
                        + " has an appraisal both before and after the program");
                return new Group(0, 0, 0, 0, none, none, none, none);
            }
            BigDecimal count = BigDecimal.valueOf(pairs);
            return new Group(pairs, tally.improved(), tally.unchanged(), tally.worse(), share(tally.improved(), count),
                    share(tally.unchanged(), count), share(tally.worse(), count),
                    Figure.of(Display.twoDecimals(
                            BigDecimal.valueOf(tally.changeSum()).divide(count, MathContext.DECIMAL128))));
        }

        private static Figure<BigDecimal> share(long part, BigDecimal whole) {
            return Figure.of(Display.twoDecimals(
                    BigDecimal.valueOf(part).multiply(PERCENT).divide(whole, MathContext.DECIMAL128)));
        }
    }

    public static AppraisalShift of(Tally participants, Tally comparison) {
        Group treated = Group.of(participants, "participant");
        Group untreated = Group.of(comparison, "employee of the comparison group");
        return new AppraisalShift(treated, untreated,
                Figure.combine(treated.improvedShare(), untreated.improvedShare(), BigDecimal::subtract));
    }
}
