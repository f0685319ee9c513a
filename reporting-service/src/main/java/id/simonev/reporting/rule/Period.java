package id.simonev.reporting.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period as performance-service codes it in its events ({@code RealisationRecorded.period},
 * {@code AppraisalRecorded.period}): a year {@code 2025}, a semester {@code 2025-S1} (January-June),
 * a quarter {@code 2025-Q2} (April-June) or a month {@code 2025-04}.
 *
 * @param first the period's first month, which starts a period of its type (January, April, July or
 *              October for a quarter)
 */
public record Period(PeriodType type, YearMonth first) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|S([12])))?$");

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(first, "first");
        if ((first.getMonthValue() - 1) % type.months() != 0) {
            throw new IllegalArgumentException("No " + type + " starts in " + first);
        }
    }

    /** The period of a code; empty when the code is none of the four forms. */
    public static Optional<Period> parse(String code) {
        Matcher matcher = FORMAT.matcher(code == null ? "" : code);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            return Optional.of(new Period(PeriodType.MONTH, YearMonth.of(year, Integer.parseInt(matcher.group(2)))));
        }
        if (matcher.group(3) != null) {
            return Optional.of(number(PeriodType.QUARTER, year, Integer.parseInt(matcher.group(3))));
        }
        if (matcher.group(4) != null) {
            return Optional.of(number(PeriodType.SEMESTER, year, Integer.parseInt(matcher.group(4))));
        }
        return Optional.of(number(PeriodType.YEAR, year, 1));
    }

    /** The period of a type that contains a day. */
    public static Period containing(PeriodType type, LocalDate day) {
        return number(type, day.getYear(), (day.getMonthValue() - 1) / type.months() + 1);
    }

    private static Period number(PeriodType type, int year, int number) {
        return new Period(type, YearMonth.of(year, (number - 1) * type.months() + 1));
    }

    public String code() {
        int year = first.getYear();
        int number = (first.getMonthValue() - 1) / type.months() + 1;
        return switch (type) {
            case MONTH -> String.format("%04d-%02d", year, number);
            case QUARTER -> String.format("%04d-Q%d", year, number);
            case SEMESTER -> String.format("%04d-S%d", year, number);
            case YEAR -> String.format("%04d", year);
        };
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public LocalDate end() {
        return first.plusMonths(type.months() - 1L).atEndOfMonth();
    }

    public Period next() {
        return new Period(type, first.plusMonths(type.months()));
    }

    public Period previous() {
        return new Period(type, first.minusMonths(type.months()));
    }

    @Override
    public String toString() {
        return code();
    }
}
