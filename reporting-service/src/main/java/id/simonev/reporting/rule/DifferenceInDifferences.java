package id.simonev.reporting.rule;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Difference in differences (level 4): the change where the program ran minus the change where it
 * did not, so that a general trend is not credited to the program,
 * {@code DiD = (treated after - treated before) - (comparison after - comparison before)}.
 *
 * <p>Each side is a list of members: on indicators, the program's expected-outcome indicators and
 * the comparison group's indicators, each valued in a window by the mean of its capaian there
 * ({@link Member#ofCapaian}, in capaian points); on IKM, the service units, each valued by its IKM
 * from the responses dated in the window ({@link Member#ofIkm}, in index points). A side's window
 * value is the mean of its members' exact window values, each member weighing the same; a member
 * with no value in a window is left out of that window and named. A side with no value in a window
 * has no change, and the DiD is then "not enough data" with every such reason, never a number.
 *
 * <p>Window values are shown to 2 decimals, half up; the changes and the DiD are taken from the
 * values as shown, so that a reader can check them by subtraction.
 *
 * <p>Example: treated capaian 80, 90 before and 110, 120 after (85 to 115, +30); comparison
 * indicator A 90, 100 to 100, 110 and B 100, 100 to 100, 110 (side means 97.5 to 105, +7.5):
 * DiD = +22.5 points.
 */
public record DifferenceInDifferences(Side treated, Side comparison, Figure<BigDecimal> difference) {

    public static final String CAPAIAN_RULE = "did:capaian-v1";
    public static final String IKM_RULE = "did:ikm-v1";

    /**
     * An indicator or a unit of a side, with its exact value in each window.
     *
     * @param name   how a report names it (an indicator's agency and code, a unit's code)
     * @param before its value in the window before the program; null when it has none there
     * @param after  its value in the window after; null when it has none there
     */
    public record Member(String name, BigDecimal before, BigDecimal after) {

        public Member {
            Objects.requireNonNull(name, "name");
        }

        /** An indicator, valued in each window by the mean of its capaian there. */
        public static Member ofCapaian(String indicator, WindowSum before, WindowSum after) {
            return new Member(indicator, before.mean().orElse(null), after.mean().orElse(null));
        }

        /** A service unit, valued in each window by its IKM there ({@link SkmPoints#ikm}). */
        public static Member ofIkm(String unit, Collection<SkmPoints> before, Collection<SkmPoints> after) {
            return new Member(unit, SkmPoints.ikm(before).orElse(null), SkmPoints.ikm(after).orElse(null));
        }
    }

    /** A member as shown: its window values, 2 decimals, or why it has none. */
    public record MemberFigures(String name, Figure<BigDecimal> before, Figure<BigDecimal> after) {
    }

    /**
     * One side.
     *
     * @param size           how many members it has (the comparison group's size)
     * @param before         the mean of the members' values before, 2 decimals
     * @param after          the same after
     * @param change         after minus before as shown
     * @param leftOutBefore  the members without a value before, left out of that window
     * @param leftOutAfter   the members without a value after
     */
    public record Side(int size, List<MemberFigures> members, Figure<BigDecimal> before, Figure<BigDecimal> after,
                       Figure<BigDecimal> change, List<String> leftOutBefore, List<String> leftOutAfter) {

        static Side of(List<Member> members, String name) {
            Figure<BigDecimal> before = mean(members, Member::before, name, "before");
            Figure<BigDecimal> after = mean(members, Member::after, name, "after");
            List<MemberFigures> shown = members.stream()
                    .map(member -> new MemberFigures(member.name(), shown(member.before(), "before"),
                            shown(member.after(), "after")))
                    .toList();
            return new Side(members.size(), shown, before, after, Figure.combine(after, before, BigDecimal::subtract),
                    names(members, Member::before), names(members, Member::after));
        }

        private static Figure<BigDecimal> mean(List<Member> members, Function<Member, BigDecimal> window,
                                               String name, String when) {
            if (members.isEmpty()) {
                return Figure.absent("not enough data: the " + name + " is empty");
            }
            List<BigDecimal> values = members.stream().map(window).filter(Objects::nonNull).toList();
            if (values.isEmpty()) {
                return Figure.absent("not enough data: the " + name + " has no value in the window " + when
                        + " the program");
            }
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return Figure.of(Display.twoDecimals(sum.divide(BigDecimal.valueOf(values.size()),
                    MathContext.DECIMAL128)));
        }

        private static Figure<BigDecimal> shown(BigDecimal value, String when) {
            return value == null ? Figure.absent("no value in the window " + when + " the program")
                    : Figure.of(Display.twoDecimals(value));
        }

        private static List<String> names(List<Member> members, Function<Member, BigDecimal> window) {
            return members.stream().filter(member -> window.apply(member) == null).map(Member::name).toList();
        }
    }

    public static DifferenceInDifferences of(List<Member> treated, List<Member> comparison) {
        Side treatedSide = Side.of(treated, "treated side");
        Side comparisonSide = Side.of(comparison, "comparison group");
        return new DifferenceInDifferences(treatedSide, comparisonSide,
                Figure.combine(treatedSide.change(), comparisonSide.change(), BigDecimal::subtract));
    }
}
