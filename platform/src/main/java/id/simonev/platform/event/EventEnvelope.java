package id.simonev.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON envelope of every event on the topics; {@code contracts/} holds its schema. Consumers
 * read events as tolerant readers, unlike requests, which are read strictly: a producer may add a
 * field to an event without stopping the consumers that do not use it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(UUID id, String type, int version, Instant occurredAt, String source,
                            String aggregateId, String region, JsonNode data) {

    /**
     * The data as {@code type}, which may name only the fields its consumer uses.
     *
     * @throws IllegalArgumentException when the data does not fit {@code type}
     */
    public <T> T dataAs(Class<T> type, ObjectMapper objectMapper) {
        try {
            return objectMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (IOException e) {
            throw new IllegalArgumentException("The data of event " + id + " does not fit " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }
}
