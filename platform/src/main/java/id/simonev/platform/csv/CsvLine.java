package id.simonev.platform.csv;

/** A row that passed the format checks, with the value it was read as, on its way to be written. */
public record CsvLine<T>(CsvRow row, T value) {

    public int line() {
        return row.line();
    }

    /** Records that the row breaks a rule that needed the database; the whole import is refused. */
    public void reject(CsvColumn column, String reason) {
        row.reject(column, reason);
    }
}
