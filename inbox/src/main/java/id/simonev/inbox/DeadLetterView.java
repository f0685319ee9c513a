package id.simonev.inbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dead letter as the API shows it. */
@Schema(name = "DeadLetter")
public record DeadLetterView(
        UUID id,
        @Schema(description = "The event's id; none for a record that is not an event envelope") UUID eventId,
        String type,
        String source,
        @Schema(description = "The consumer (channel) that read it and applies it on replay") String consumer,
        String topic,
        Integer partition,
        Long offset,
        @Schema(description = "The record as it was read") String record,
        @Schema(description = "Why it could not be applied, the last time it was tried") String error,
        @Schema(description = "When it last failed") Instant failedAt,
        DeadLetterStatus status,
        @Schema(description = "When a replay applied it") Instant replayedAt) {

    static DeadLetterView of(DeadLetter letter) {
        return new DeadLetterView(letter.id, letter.eventId, letter.type, letter.source, letter.consumer, letter.topic,
                letter.kafkaPartition, letter.kafkaOffset, letter.record, letter.error, letter.failedAt,
                letter.replayedAt == null ? DeadLetterStatus.PENDING : DeadLetterStatus.REPLAYED, letter.replayedAt);
    }
}
