package id.simonev.reporting.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rebuild of the read models as the API shows it: its state and how far it has come. */
@Schema(name = "ReadModelRebuild")
public record ReadModelRebuild(
        UUID id,
        RebuildState state,
        Instant startedAt,
        @Schema(description = "The administrator who started it") String startedBy,
        @Schema(description = "When it was done or failed") Instant finishedAt,
        @Schema(description = "Why it failed") String reason,
        @Schema(description = "Records read from the topics") long eventsRead,
        @Schema(description = "Distinct events recorded in the new tables (applied, or seen without a handler)")
        long eventsApplied,
        List<PartitionProgress> partitions,
        @Schema(description = "Share of the topics' records read, 0 to 100") int percent) {

    static ReadModelRebuild of(UUID id, RebuildState state, Instant startedAt, String startedBy, Instant finishedAt,
                               String reason, long eventsRead, long eventsApplied, List<PartitionProgress> partitions) {
        long toRead = partitions.stream().mapToLong(PartitionProgress::toRead).sum();
        long read = partitions.stream().mapToLong(PartitionProgress::read).sum();
        int percent = state == RebuildState.DONE ? 100
                : partitions.isEmpty() ? 0
                : toRead == 0 ? 100
                : (int) Math.min(100, read * 100 / toRead);
        return new ReadModelRebuild(id, state, startedAt, startedBy, finishedAt, reason, eventsRead, eventsApplied,
                partitions, percent);
    }
}
