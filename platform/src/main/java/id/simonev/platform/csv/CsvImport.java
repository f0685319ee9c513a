package id.simonev.platform.csv;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The one way every CSV import of Simonev works: all or nothing, every bad row reported at once.
 *
 * <p>An import is described once, as a constant or a field of its service: the columns it reads,
 * how a row becomes a value (the format rules: a row that breaks one records why and is not
 * passed on), optionally the Bean Validation of that value and a key that must be unique in the
 * file. {@link #run} then reads the file ({@link CsvFile} says which files are accepted; a file it
 * cannot read, or one without a required column, is a 400 problem), reads every row, and hands
 * the rows whose format is right to the {@link Writer}. The writer checks what needs the database
 * with a few lookups for all rows together (never one query per row), records on each bad row
 * why ({@link CsvLine#reject}), and writes the others, telling the {@link ImportSummary.Tally}
 * what it did. It looks up what it needs before it writes: while it runs, its queries do not see
 * its own unflushed writes (see {@link #write}). A writer that records events wraps its loop in
 * the outbox's {@code batched}, so that thousands of events take a few statements.
 *
 * <p>If any row broke any rule, {@link #run} throws a 422 problem of type
 * {@link ProblemType#INVALID_ROWS} whose violations name the line, the column as the file's
 * header spells it, and the reason, for every bad row; the caller's transaction rolls back, so
 * nothing the writer wrote is kept and no outbox event leaves. A dry run goes through exactly the
 * same checks and writes and then rolls the transaction back, so its summary is what the real
 * import would do. Hence {@link #run} must be called in a transaction ({@code @Transactional} on
 * the service method), and the writer may write as it goes.
 *
 * <p>The endpoint takes the file as it comes: {@code @Consumes(ImportDocumentation.MEDIA_TYPE)}, a {@code byte[]}
 * body and {@code @BeanParam ImportOptions} for {@code ?dryRun}. For example, with test scores:
 *
 * <pre>{@code
 * private static final CsvColumn NIP = CsvColumn.required("nip");
 * private static final CsvColumn SCORE = CsvColumn.required("score", "nilai");
 * private static final CsvImport<Score> SCORES = CsvImport.of(List.of(NIP, SCORE),
 *         row -> new Score(row.text(NIP), row.wholeNumber(SCORE))).uniqueBy(NIP, Score::nip);
 *
 * @Transactional
 * public ImportSummary importScores(UUID program, byte[] file, boolean dryRun) {
 *     return SCORES.validatedBy(validator).run(file, dryRun, (lines, tally) -> {
 *         Map<String, Participant> enrolled = participants.byNips(program, nipsOf(lines));  // one query
 *         for (CsvLine<Score> line : lines) {
 *             Participant participant = enrolled.get(line.value().nip());
 *             if (participant == null) {
 *                 line.reject(NIP, "is not enrolled in this program");
 *             } else {
 *                 tally.add(participant.record(line.value()));
 *             }
 *         }
 *     });
 * }
 * }</pre>
 *
 * @param <T> what a row is read as
 */
public final class CsvImport<T> {

    /** Checks the rows that passed the format checks against the database, and writes them. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(List<CsvLine<T>> lines, ImportSummary.Tally tally);
    }

    private final List<CsvColumn> columns;
    private final Function<CsvRow, T> read;
    private final Validator validator;
    private final CsvColumn uniqueColumn;
    private final Function<T, ?> uniqueKey;

    private CsvImport(List<CsvColumn> columns, Function<CsvRow, T> read, Validator validator,
                      CsvColumn uniqueColumn, Function<T, ?> uniqueKey) {
        this.columns = List.copyOf(columns);
        this.read = read;
        this.validator = validator;
        this.uniqueColumn = uniqueColumn;
        this.uniqueKey = uniqueKey;
    }

    /**
     * @param read reads a row into a value; it records on the row what breaks a format rule
     *             ({@link CsvRow#reject}), and may then return anything (null too): a rejected
     *             row is not passed on
     */
    public static <T> CsvImport<T> of(List<CsvColumn> columns, Function<CsvRow, T> read) {
        return new CsvImport<>(columns, read, null, null, null);
    }

    /**
     * Checks each value read with Bean Validation, the same annotations as the JSON API's; a
     * violation of the field named like a column is recorded on that column.
     */
    public CsvImport<T> validatedBy(Validator validator) {
        return new CsvImport<>(columns, read, validator, uniqueColumn, uniqueKey);
    }

    /** Refuses a row whose key another row of the file already has (naming that row's line). */
    public CsvImport<T> uniqueBy(CsvColumn column, Function<T, ?> key) {
        return new CsvImport<>(columns, read, validator, column, key);
    }

    /**
     * Imports {@code file}, all or nothing, in the caller's transaction.
     *
     * @return what was written, or with {@code dryRun} what would have been
     * @throws ProblemException 400 when the file cannot be read or lacks a required column, 422
     *                          ({@link ProblemType#INVALID_ROWS}) listing every bad row
     */
    public ImportSummary run(byte[] file, boolean dryRun, Writer<T> writer) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("A CSV import runs in a transaction, so that a bad row undoes it all");
        }
        Reading<T> reading = read(file);
        ImportSummary.Tally tally = new ImportSummary.Tally();
        write(reading.lines(), tally, writer);
        List<CsvRow> rows = reading.rows();
        List<Problem.Violation> violations = rows.stream().flatMap(row -> row.violations().stream())
                .sorted(Comparator.comparing(Problem.Violation::line).thenComparing(Problem.Violation::field))
                .toList();
        if (!violations.isEmpty()) {
            long bad = rows.stream().filter(CsvRow::rejected).count();
            throw new ProblemException(ProblemType.INVALID_ROWS, bad + " of " + rows.size()
                    + " rows are invalid, so nothing was imported; correct them and send the whole file again",
                    violations);
        }
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return tally.summary(dryRun, rows.size());
    }

    /**
     * Runs the writer without Hibernate flushing before each of its queries: a flush checks every
     * entity written so far, which would make an import of n rows cost n squared checks (seconds
     * for a few thousand rows). What it wrote is flushed once at the end, in JDBC batches, still
     * inside {@link #run} so that a constraint the database refuses becomes a problem answer.
     */
    private static <T> void write(List<CsvLine<T>> lines, ImportSummary.Tally tally, Writer<T> writer) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            writer.write(lines, tally);
            if (lines.stream().noneMatch(line -> line.row().rejected())) {
                session.flush();
            }
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
    }

    /** Every row of the file, and those that passed the format checks with the value each was read as. */
    record Reading<T>(List<CsvRow> rows, List<CsvLine<T>> lines) {
    }

    /** Reads the file and every row of it, checking what needs no database. */
    Reading<T> read(byte[] file) {
        CsvFile csv = CsvFile.read(file);
        Map<CsvColumn, Integer> positions = positions(csv.header());
        List<CsvRow> rows = new ArrayList<>();
        List<CsvLine<T>> lines = new ArrayList<>();
        Map<Object, Integer> keys = new HashMap<>();
        for (CsvFile.Record record : csv.rows()) {
            CsvRow row = row(record, positions, csv.header());
            rows.add(row);
            T value = row.rejected() ? null : read.apply(row);
            if (validator != null && value != null) {
                // Bean Validation adds what the reading did not find, such as a blank required value.
                validator.validate(value).stream()
                        .filter(violation -> !row.rejected(violation.getPropertyPath().toString()))
                        .forEach(violation -> row.rejectField(violation.getPropertyPath().toString(),
                                violation.getMessage()));
            }
            if (!row.rejected() && uniqueKey != null) {
                Integer first = keys.putIfAbsent(uniqueKey.apply(value), row.line());
                if (first != null) {
                    row.reject(uniqueColumn, "repeats line " + first + ": each may appear only once in a file");
                }
            }
            if (!row.rejected()) {
                lines.add(new CsvLine<>(row, value));
            }
        }
        return new Reading<>(rows, lines);
    }

    /** Where each column stands in the header; a 400 problem naming every required column missing. */
    private Map<CsvColumn, Integer> positions(CsvFile.Record header) {
        Map<CsvColumn, Integer> positions = new LinkedHashMap<>();
        List<String> names = header.values();
        for (int i = 0; i < names.size(); i++) {
            int position = i;
            for (CsvColumn column : columns) {
                if (column.matches(names.get(i))) {
                    Integer earlier = positions.putIfAbsent(column, position);
                    if (earlier != null) {
                        throw CsvFile.unreadable("the columns " + names.get(earlier).strip() + " and "
                                + names.get(i).strip() + " both give " + column.name() + "; keep one", header.line());
                    }
                }
            }
        }
        List<CsvColumn> missing = columns.stream().filter(c -> c.required() && !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The file lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + missing.stream().map(CsvColumn::describe)
                    .collect(Collectors.joining(", ")) + "; its first line must name the columns",
                    missing.stream().map(c -> new Problem.Violation(c.name(), "is a required column"
                            + (c.aliases().isEmpty() ? "" : " (also accepted: " + String.join(", ", c.aliases()) + ")"),
                            header.line())).toList());
        }
        return positions;
    }

    private static CsvRow row(CsvFile.Record record, Map<CsvColumn, Integer> positions, CsvFile.Record header) {
        Map<CsvColumn, String> values = new HashMap<>();
        Map<CsvColumn, String> headers = new HashMap<>();
        positions.forEach((column, position) -> {
            headers.put(column, header.values().get(position).strip());
            if (position < record.values().size()) {
                values.put(column, record.values().get(position));
            }
        });
        CsvRow row = new CsvRow(record.line(), values, headers);
        int width = header.values().size();
        if (record.values().subList(Math.min(width, record.values().size()), record.values().size()).stream()
                .anyMatch(value -> !value.isBlank())) {
            row.reject("holds " + record.values().size() + " values where the header names " + width
                    + " columns; quote a value that holds the separator");
        }
        return row;
    }
}
