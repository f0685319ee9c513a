package id.simonev.platform.csv;

import id.simonev.platform.problem.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of an imported file: its line (the header is line 1), its values by column, and what is
 * wrong with it. Reading a value that breaks a rule records a violation on the row and answers
 * null, so that one pass over a row finds all that is wrong with it.
 */
public final class CsvRow {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final int line;
    private final Map<CsvColumn, String> values;
    private final Map<CsvColumn, String> headers;
    private final List<Problem.Violation> violations = new ArrayList<>();

    CsvRow(int line, Map<CsvColumn, String> values, Map<CsvColumn, String> headers) {
        this.line = line;
        this.values = values;
        this.headers = headers;
    }

    public int line() {
        return line;
    }

    /** Whether the file has {@code column}: an optional column may be left out of a file altogether. */
    public boolean has(CsvColumn column) {
        return headers.containsKey(column);
    }

    /** The value without surrounding blanks; null where it is blank or the file has no such column. */
    public String text(CsvColumn column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value as a whole number; null where it is blank, or not a whole number (a violation). */
    public Integer wholeNumber(CsvColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            reject(column, "must be a whole number");
            return null;
        }
    }

    /**
     * The value as a decimal number, written with a point or, as Indonesian Excel writes it, a
     * comma ({@code 72,5}); null where it is blank, or not a number (a violation).
     */
    public BigDecimal decimal(CsvColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            reject(column, "must be a number, such as 72.5 or 72,5");
            return null;
        }
    }

    /**
     * The value as a date, written {@code 2026-03-31} or, as Indonesian Excel writes it,
     * {@code 31/03/2026}; null where it is blank, or not such a date (a violation).
     */
    public LocalDate date(CsvColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reject(column, "must be a date, such as 2026-03-31 or 31/03/2026");
            return null;
        }
    }

    /**
     * The value among {@code accepted}, whose keys are upper case and are compared with the value in
     * upper case; null where it is blank, or where it is none of them (a violation listing them).
     */
    public <T> T oneOf(CsvColumn column, Map<String, T> accepted) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        T value = accepted.get(text.toUpperCase(Locale.ROOT));
        if (value == null) {
            reject(column, "must be one of " + String.join(", ", accepted.keySet().stream().sorted().toList()));
        }
        return value;
    }

    /** Records that the value of {@code column} breaks a rule. */
    public void reject(CsvColumn column, String reason) {
        violations.add(new Problem.Violation(headers.getOrDefault(column, column.name()), reason, line));
    }

    /** Records that the row as a whole breaks a rule. */
    public void reject(String reason) {
        violations.add(new Problem.Violation("row", reason, line));
    }

    /**
     * Records that a field of the value read from this row breaks a rule, on the column feeding
     * the field (a problem's violation or a Bean Validation property path), or under the field's
     * own name where the file has no such column.
     */
    public void rejectField(String field, String reason) {
        headers.keySet().stream().filter(column -> column.field().equals(field)).findFirst()
                .ifPresentOrElse(column -> reject(column, reason),
                        () -> violations.add(new Problem.Violation(field, reason, line)));
    }

    /** Whether a violation was already recorded on the column feeding {@code field}. */
    public boolean rejected(String field) {
        String name = headers.entrySet().stream().filter(entry -> entry.getKey().field().equals(field))
                .map(Map.Entry::getValue).findFirst().orElse(field);
        return violations.stream().anyMatch(violation -> violation.field().equals(name));
    }

    public boolean rejected() {
        return !violations.isEmpty();
    }

    List<Problem.Violation> violations() {
        return violations;
    }
}
