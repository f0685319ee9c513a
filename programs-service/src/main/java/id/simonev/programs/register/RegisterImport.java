package id.simonev.programs.register;

import id.simonev.outbox.Outbox;
import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvLine;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the CSV imports of programs-service (the register's, and a program's participants, attendance and
 * scores) share. A file's rows go through the very path a single entry
 * takes through the API, so that the register's rules are written once: the refusal that path
 * answers a single entry with (a problem) becomes the error of that row.
 */
@ApplicationScoped
public class RegisterImport {

    /** Keys per query: a file of thousands makes a handful of lookups, and stays far below the driver's limit. */
    private static final int KEYS_PER_QUERY = 1_000;

    private final Outbox outbox;

    RegisterImport(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Writes each line with {@code write}, the single-entry path, and counts what it did; a
     * problem it refuses a line with is recorded on the column its violation names, or, for a
     * refusal without one (a region the caller's token does not cover), on {@code scope}. The
     * events of the whole file go to the outbox in batches.
     */
    public <T> void writeEach(List<CsvLine<T>> lines, ImportSummary.Tally tally, CsvColumn scope,
                              Function<T, Outcome> write) {
        outbox.batched(() -> {
            for (CsvLine<T> line : lines) {
                try {
                    tally.add(write.apply(line.value()));
                } catch (ProblemException refused) {
                    if (refused.violations().isEmpty()) {
                        line.reject(scope, refused.getMessage());
                    }
                    refused.violations().forEach(violation ->
                            line.row().rejectField(violation.field(), violation.message()));
                }
            }
        });
    }

    /** The entries whose {@code key} is among {@code keys}, by key, looked up a thousand at a time. */
    public static <E> Map<String, E> byKeys(PanacheRepositoryBase<E, String> repository, String key,
                                            Collection<String> keys, Function<E, String> keyOf) {
        List<String> distinct = keys.stream().distinct().toList();
        Map<String, E> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = distinct.subList(from, Math.min(from + KEYS_PER_QUERY, distinct.size()));
            repository.list(key + " in ?1", chunk).forEach(entry -> found.put(keyOf.apply(entry), entry));
        }
        return found;
    }
}
