package id.simonev.platform.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A column of an exported table: its header and the kind of value it holds, which decides the
 * cell's type and number format in XLSX and how the value is written in CSV.
 *
 * <p>The CSV holds each value as the XLSX shows it, so that the CSV is what a person gets by
 * saving the XLSX as CSV: whole numbers as digits, decimals with a point and the column's number of
 * decimals (rounded half up), dates as ISO-8601 ({@code 2026-11-30}). The XLSX keeps a decimal at
 * the precision it is given and only shows the column's decimals, so that sums over it in the
 * spreadsheet are not sums of rounded values.
 *
 * <p>A value of the wrong kind (text in a number column) is a fault of the code that exports, and
 * fails the export naming the sheet, row and column.
 */
public record ExportColumn(String header, Kind kind, int decimals) {

    /** A spreadsheet keeps 15 significant digits: a longer whole number (a NIP) is text. */
    private static final BigDecimal LARGEST_WHOLE_NUMBER = new BigDecimal("999999999999999");
    private static final int MOST_DECIMALS = 10;

    public enum Kind {
        /** Any value, written as its {@code toString()}, neutralised against formula injection. */
        TEXT,
        /** A whole number of at most 15 digits (a count, rupiah), as any {@link Number}. */
        INTEGER,
        /** A number shown with the column's decimals (an NRR, an IKM, a capaian), as any {@link Number}. */
        DECIMAL,
        /** A {@link LocalDate}. */
        DATE
    }

    public ExportColumn {
        Objects.requireNonNull(kind, "kind");
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("A column needs a header");
        }
        if (kind == Kind.DECIMAL ? decimals < 1 || decimals > MOST_DECIMALS : decimals != 0) {
            throw new IllegalArgumentException("Column " + header + ": a decimal column shows 1 to "
                    + MOST_DECIMALS + " decimals, other columns none, not " + decimals);
        }
    }

    public static ExportColumn text(String header) {
        return new ExportColumn(header, Kind.TEXT, 0);
    }

    public static ExportColumn integer(String header) {
        return new ExportColumn(header, Kind.INTEGER, 0);
    }

    public static ExportColumn decimal(String header, int decimals) {
        return new ExportColumn(header, Kind.DECIMAL, decimals);
    }

    public static ExportColumn date(String header) {
        return new ExportColumn(header, Kind.DATE, 0);
    }

    /** The spreadsheet's format of the column's cells; text keeps the default. */
    String numberFormat() {
        return switch (kind) {
            case TEXT -> "General";
            case INTEGER -> "0";
            case DECIMAL -> "0." + "0".repeat(decimals);
            case DATE -> "yyyy-mm-dd";
        };
    }

    /** The value as the spreadsheet shows it and the CSV holds it; nothing for a missing value. */
    String displayed(Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> FormulaNeutraliser.neutralise(value.toString());
            case INTEGER -> number(value).toPlainString();
            case DECIMAL -> number(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            case DATE -> date(value).toString();
        };
    }

    /** The value of a number column, checked: finite, and for a whole-number column whole and within 15 digits. */
    BigDecimal number(Object value) {
        if (!(value instanceof Number number)) {
            throw wrongKind(value, "a number");
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            throw wrongKind(value, "a finite number");
        }
        if (kind == Kind.DECIMAL) {
            return decimal;
        }
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            throw wrongKind(value, "a whole number");
        }
        if (decimal.abs().compareTo(LARGEST_WHOLE_NUMBER) > 0) {
            throw wrongKind(value, "a whole number of at most 15 digits (export longer ones as text)");
        }
        return decimal.setScale(0, RoundingMode.UNNECESSARY);
    }

    LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        throw wrongKind(value, "a LocalDate");
    }

    /** Names the value's type, not the value: the message lands in logs, and values can be personal data. */
    private IllegalArgumentException wrongKind(Object value, String expected) {
        return new IllegalArgumentException("column " + header + " takes " + expected + ", not this "
                + value.getClass().getSimpleName());
    }
}
