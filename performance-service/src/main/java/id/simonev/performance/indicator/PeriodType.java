package id.simonev.performance.indicator;

import id.simonev.performance.realisation.Period;

/** How long an indicator's periods are, shortest first. */
public enum PeriodType {
    MONTH, QUARTER, SEMESTER, YEAR;

    /** The type of a parsed period, read from its code ({@code 2026-07}, {@code 2026-Q3}, {@code 2026-S1}, {@code 2026}). */
    public static PeriodType of(Period period) {
        String code = period.code();
        if (code.length() == 4) {
            return YEAR;
        }
        return switch (code.charAt(5)) {
            case 'S' -> SEMESTER;
            case 'Q' -> QUARTER;
            default -> MONTH;
        };
    }

    /** Whether a period of this type is as long as one of {@code other} or longer. */
    public boolean atLeast(PeriodType other) {
        return compareTo(other) >= 0;
    }
}
