package id.simonev.platform.csv;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import did, or with dryRun what it would do: every row was valid")
public record ImportSummary(
        @Schema(description = "true: checked only, nothing was written") boolean dryRun,
        @Schema(description = "Rows read below the header") int rows,
        int created,
        int updated,
        @Schema(description = "Rows that matched the entry as it was: nothing written for them") int unchanged) {

    /** Counts what the writer of an import did, row by row. */
    public static final class Tally {

        private int created;
        private int updated;
        private int unchanged;

        public void add(Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        ImportSummary summary(boolean dryRun, int rows) {
            return new ImportSummary(dryRun, rows, created, updated, unchanged);
        }
    }
}
