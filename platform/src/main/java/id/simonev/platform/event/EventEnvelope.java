package id.simonev.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON envelope of every event on the topics; {@code contracts/} holds its schema. Consumers
 * read events as tolerant readers, unlike requests, which are read strictly: a producer may add a
 * field to an event without stopping the consumers that do not use it (the inbox's
 * {@code EventReader} reads the data the same way).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(UUID id, String type, int version, Instant occurredAt, String source,
                            String aggregateId, String region, JsonNode data) {
}
