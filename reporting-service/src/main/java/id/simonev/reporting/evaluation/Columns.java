package id.simonev.reporting.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reads the columns of a native query's row, whichever Java type the driver handed each one as. */
final class Columns {

    private Columns() {
    }

    static long count(Object column) {
        return ((Number) column).longValue();
    }

    static BigDecimal decimal(Object column) {
        return column == null ? null : new BigDecimal(column.toString());
    }

    static Instant instant(Object column) {
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) column;
    }

    static LocalDate date(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }
}
