package id.simonev.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Event envelopes as the producer services write them, for putting on a topic in consumer tests. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** An event as its producer would write it; it must obey its contract, as the producers' own events do. */
    public static ObjectNode envelope(String type, String source, String aggregateId, String region, Map<String, ?> data) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("version", 1);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("source", source);
        envelope.put("aggregateId", aggregateId);
        envelope.put("region", region);
        envelope.set("data", JSON.valueToTree(data));
        EventContract.assertValid(envelope);
        return envelope;
    }

    /** A {@code RegionRegistered} or {@code RegionUpdated} of programs-service for a kabupaten/kota of province 73. */
    public static ObjectNode regionEvent(String type, String code, String name) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", name);
        data.put("parentCode", "73");
        return envelope(type, "programs-service", code, code, data);
    }
}
