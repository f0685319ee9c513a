package id.simonev.reporting.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a rebuild has read one partition of a topic. */
public record PartitionProgress(
        String topic,
        int partition,
        @Schema(description = "The partition's first offset when the rebuild began") long start,
        @Schema(description = "The next offset the rebuild reads") long position,
        @Schema(description = "The partition's end (of its committed records) when last looked at") long end) {

    long read() {
        return Math.max(0, position - start);
    }

    long toRead() {
        return Math.max(0, end - start);
    }
}
