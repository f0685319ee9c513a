package id.simonev.platform.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * A table of an {@link Export}: a sheet of the XLSX ({@code Jawaban}, {@code IKM}), or the CSV.
 *
 * <p>Its rows are pushed, not held: {@code rows} is called once, while the file is written, and
 * pushes each row to the {@link RowSink} as it reads it, from a database cursor for instance
 * ({@code sink -> responses.each(campaign, sink::row)}). For a download that is after the resource
 * method has returned, so the source opens what it reads from (a transaction, a cursor) inside
 * {@code rows}, and closes it there.
 *
 * <p>The name is checked against the spreadsheet's rules (1 to 31 characters, none of
 * {@code []:*?/\}, no apostrophe at either end) where the export is made, also for a CSV, so that
 * an export cannot work in one format and fail in the other.
 */
public record ExportSheet(String name, List<ExportColumn> columns, Consumer<RowSink> rows) {

    /** How a format writes a row that has been checked against the columns. */
    @FunctionalInterface
    interface RowWriter {
        void write(Object[] values) throws IOException;
    }

    public ExportSheet {
        Objects.requireNonNull(name, "name");
        WorkbookUtil.validateSheetName(name);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Sheet " + name + " needs at least one column");
        }
        Objects.requireNonNull(rows, "rows");
    }

    /**
     * Runs the source, handing each row to the format's writer. A row that does not fit the
     * columns fails the export, naming the sheet and the row as the spreadsheet numbers it (the
     * header being row 1).
     */
    void writeRows(RowWriter writer) {
        rows.accept(new RowSink() {
            private long row = 1;

            @Override
            public void row(Object... values) {
                row++;
                try {
                    if (values.length != columns.size()) {
                        throw new IllegalArgumentException("holds " + values.length + " values for "
                                + columns.size() + " columns");
                    }
                    writer.write(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Sheet " + name + ", row " + row + ": " + e.getMessage(), e);
                }
            }
        });
    }
}
