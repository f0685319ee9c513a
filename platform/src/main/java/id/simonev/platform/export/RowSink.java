package id.simonev.platform.export;

/**
 * Where the source of an {@link ExportSheet} pushes its rows, one call a row, as it reads them.
 * It writes the row at once (to the response in CSV, to a temporary file in XLSX), so the rows
 * pushed so far are never held; an {@link java.io.IOException} on the way (the client went away)
 * comes out as an {@link java.io.UncheckedIOException}, so that a source can hand {@code sink::row}
 * to any {@code Consumer}.
 */
@FunctionalInterface
public interface RowSink {

    /**
     * One row: a value for each column, in the order of the sheet's columns; {@code null} leaves a
     * cell empty. A JPQL tuple ({@code Object[]}) can be passed as it is.
     */
    void row(Object... values);
}
