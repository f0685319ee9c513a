package id.simonev.platform.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** The JSON envelope of every event on the topics; {@code contracts/} holds its schema. */
public record EventEnvelope(UUID id, String type, int version, Instant occurredAt, String source,
                            String aggregateId, String region, JsonNode data) {
}
