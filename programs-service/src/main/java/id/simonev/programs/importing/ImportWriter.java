package id.simonev.programs.importing;

import id.simonev.outbox.Outbox;
import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvLine;
import id.simonev.platform.csv.EachEntry;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the rows of an import of programs-service (a program's participants, attendance and
 * scores) through the path a single entry takes, the events of the whole file in batches.
 * The register's imports do the same through their {@link id.simonev.platform.register.Register}.
 */
@ApplicationScoped
public class ImportWriter {

    private final Outbox outbox;

    ImportWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@link EachEntry#write}, the events of the whole file going to the outbox in batches. */
    public <T> void writeEach(List<CsvLine<T>> lines, ImportSummary.Tally tally, CsvColumn scope,
                              Function<T, Outcome> write) {
        outbox.batched(() -> EachEntry.write(lines, tally, scope, write));
    }
}
