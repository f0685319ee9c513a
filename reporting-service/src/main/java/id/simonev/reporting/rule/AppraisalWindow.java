package id.simonev.reporting.rule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of an employee's appraisals are compared for a program (level 3): <em>before</em> = the
 * latest appraisal whose period ends on or before the program's start and not more than 12 months
 * before it; <em>after</em> = the first appraisal of the same period type whose period starts at
 * least {@code lagMonths} after the program's end. Latest is by the period's end, then by its start,
 * so that of a month and a quarter ending the same day the month, the more recent picture, is taken.
 *
 * <p>Example: a program of 14-18 April 2025 with a lag of 3 months: the before appraisal ends
 * between 2024-04-14 and 2025-04-14 (2025-03 rather than 2025-Q1), the after one starts on or after
 * 2025-07-18 (2025-08 for a monthly before, 2025-Q4 for a quarterly one, 2026 for an annual one).
 */
public record AppraisalWindow(LocalDate programStart, LocalDate programEnd, int lagMonths) {

    public static final String RULE = "appraisal-window:12-months-lag-v1";
    public static final int DEFAULT_LAG_MONTHS = 3;
    public static final int LOOK_BACK_MONTHS = 12;

    private static final Comparator<Appraisal> BY_END_THEN_START = Comparator
            .comparing((Appraisal appraisal) -> appraisal.period().end())
            .thenComparing(appraisal -> appraisal.period().start());

    public AppraisalWindow {
        if (programEnd.isBefore(programStart)) {
            throw new IllegalArgumentException("A program ends on or after its start, not " + programEnd
                    + " before " + programStart);
        }
        if (lagMonths < 0) {
            throw new IllegalArgumentException("The lag is a number of months from 0, not " + lagMonths);
        }
    }

    /** The earliest end of a before appraisal's period. */
    public LocalDate beforeFrom() {
        return programStart.minusMonths(LOOK_BACK_MONTHS);
    }

    /** The earliest start of an after appraisal's period. */
    public LocalDate afterFrom() {
        return programEnd.plusMonths(lagMonths);
    }

    /** The employee's pair among their appraisals, or why they have none. */
    public Figure<AppraisalPair> pair(Collection<Appraisal> appraisals) {
        Optional<Appraisal> before = appraisals.stream()
                .filter(appraisal -> !appraisal.period().end().isAfter(programStart)
                        && !appraisal.period().end().isBefore(beforeFrom()))
                .max(BY_END_THEN_START);
        if (before.isEmpty()) {
            return Figure.absent("no appraisal whose period ends from " + beforeFrom() + " to " + programStart);
        }
        PeriodType type = before.get().period().type();
        return appraisals.stream()
                .filter(appraisal -> appraisal.period().type() == type
                        && !appraisal.period().start().isBefore(afterFrom()))
                .min(Comparator.comparing(appraisal -> appraisal.period().start()))
                .map(after -> Figure.of(new AppraisalPair(before.get(), after)))
                .orElseGet(() -> Figure.absent("no appraisal of a " + type.name().toLowerCase(Locale.ROOT)
                        + ", like the one before (" + before.get().period() + "), whose period starts on or after "
                        + afterFrom()));
    }
}
