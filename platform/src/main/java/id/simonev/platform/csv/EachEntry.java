package id.simonev.platform.csv;

import id.simonev.platform.problem.ProblemException;
import java.util.List;
import java.util.function.Function;

/**
 * A file's rows through the very path a single entry takes through the API, so that an import
 * keeps no rules of its own: the refusal that path answers a single entry with (a problem)
 * becomes the error of that row.
 */
public final class EachEntry {

    private EachEntry() {
    }

    /**
     * Writes each line with {@code write}, the single-entry path, and counts what it did; a
     * problem it refuses a line with is recorded on the column its violation names, or, for a
     * refusal without one (a region the caller's token does not cover), on {@code scope}.
     */
    public static <T> void write(List<CsvLine<T>> lines, ImportSummary.Tally tally, CsvColumn scope,
                                 Function<T, Outcome> write) {
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
    }

    /** What {@code of} answers for each line's value, in the order of the lines. */
    public static <T, K> List<K> values(List<CsvLine<T>> lines, Function<T, K> of) {
        return lines.stream().map(line -> of.apply(line.value())).toList();
    }
}
