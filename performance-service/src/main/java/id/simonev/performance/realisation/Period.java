package id.simonev.performance.realisation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of an indicator: a year ({@code 2026}), a semester ({@code 2026-S1}),
 * a quarter ({@code 2026-Q3}) or a month ({@code 2026-07}).
 */
public record Period(String code, LocalDate start, LocalDate end) {

    /** Year, then a month, a quarter or a semester: the groups that {@link #parse} reads. */
    public static final String PATTERN = "^(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|S([12])))?$";
    public static final String DESCRIPTION = "must be a year (2026), semester (2026-S1), quarter (2026-Q3) or month (2026-07)";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public static Optional<Period> parse(String code) {
        Matcher matcher = FORMAT.matcher(code == null ? "" : code);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int firstMonth;
        int months;
        if (matcher.group(2) != null) {
            firstMonth = Integer.parseInt(matcher.group(2));
            months = 1;
        } else if (matcher.group(3) != null) {
            firstMonth = (Integer.parseInt(matcher.group(3)) - 1) * 3 + 1;
            months = 3;
        } else if (matcher.group(4) != null) {
            firstMonth = (Integer.parseInt(matcher.group(4)) - 1) * 6 + 1;
            months = 6;
        } else {
            firstMonth = 1;
            months = 12;
        }
        YearMonth first = YearMonth.of(year, firstMonth);
        return Optional.of(new Period(code, first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth()));
    }
}
