package id.simonev.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Records as a consumer receives them from a topic, for handing to the inbox directly. */
final class Records {

    static final String TOPIC = "simonev.inbox-test.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong OFFSETS = new AtomicLong(System.currentTimeMillis());

    private Records() {
    }

    static ObjectNode envelope(String type, Map<String, ?> data) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("version", 1);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("source", "tests");
        envelope.put("aggregateId", "a");
        envelope.put("region", "73.71");
        envelope.set("data", JSON.valueToTree(data));
        return envelope;
    }

    static ObjectNode counted(String tally, int amount) {
        return envelope("Counted", Map.of("tally", tally, "amount", amount));
    }

    static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), "a", value);
    }

    static ConsumerRecord<String, String> record(ObjectNode event) {
        return record(event.toString());
    }

    static UUID id(ObjectNode event) {
        return UUID.fromString(event.path("id").asText());
    }
}
