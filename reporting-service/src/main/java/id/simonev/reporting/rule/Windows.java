package id.simonev.reporting.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The windows of level 4 (and of any figure taken per period before and after a program):
 * <em>before</em> = the N periods of the indicator's period type that end before the period
 * containing the program's start; <em>after</em> = the N periods that start after the period
 * containing its end. The program's own periods belong to neither. Default N = 2.
 *
 * <p>Example: a program of 14-18 April 2025 measured quarterly: before 2024-Q4 and 2025-Q1, after
 * 2025-Q3 and 2025-Q4.
 */
public record Windows(Window before, Window after) {

    public static final String RULE = "windows:n-periods-v1";
    public static final int DEFAULT_PERIODS = 2;

    /**
     * @param periods    N, at least 1
     * @param lagPeriods how many periods after the one containing the program's end the window after waits before
     *                   it starts, 0 or more (0: right after it, as DOMAIN's default)
     */
    public static Windows of(PeriodType type, LocalDate programStart, LocalDate programEnd, int periods,
                             int lagPeriods) {
        if (programEnd.isBefore(programStart)) {
            throw new IllegalArgumentException("A program ends on or after its start, not " + programEnd
                    + " before " + programStart);
        }
        if (periods < 1) {
            throw new IllegalArgumentException("A window has at least one period, not " + periods);
        }
        if (lagPeriods < 0) {
            throw new IllegalArgumentException("A lag is 0 periods or more, not " + lagPeriods);
        }
        List<Period> before = new ArrayList<>();
        Period period = Period.containing(type, programStart);
        for (int i = 0; i < periods; i++) {
            period = period.previous();
            before.add(period);
        }
        Collections.reverse(before);
        List<Period> after = new ArrayList<>();
        period = Period.containing(type, programEnd);
        for (int i = 0; i < lagPeriods; i++) {
            period = period.next();
        }
        for (int i = 0; i < periods; i++) {
            period = period.next();
            after.add(period);
        }
        return new Windows(new Window(before), new Window(after));
    }
}
