package id.simonev.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The register's copy follows its events through Kafka; an event it cannot read is a dead letter, not a gap. */
@QuarkusTest
class RegisterConsumerTests {

    @Inject
    RegisterReplica register;

    @Test
    void aRegionRenamedIsRenamedAndAnEventWithoutANameIsKeptAsADeadLetter() {
        String code = "73." + (10 + Math.floorMod(UUID.randomUUID().hashCode(), 89));
        ObjectNode nameless = TestEvents.regionEvent("RegionUpdated", code, "Kota Tanpa Nama");
        ((ObjectNode) nameless.path("data")).remove("name");

        Topics.publish(Records.TOPIC, code, TestEvents.regionEvent("RegionRegistered", code, "Kota Lama").toString());
        Topics.publish(Records.TOPIC, code, nameless.toString());
        Topics.publish(Records.TOPIC, code, TestEvents.regionEvent("RegionUpdated", code, "Kota Baru").toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(Optional.of("Kota Baru"),
                QuarkusTransaction.requiringNew().call(() -> register.regionName(code))));
        DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>find("eventId",
                UUID.fromString(nameless.path("id").asText())).firstResult());
        assertEquals("register", letter.consumer);
        assertEquals(Records.TOPIC, letter.topic);
        assertTrue(letter.error.contains("data.name must not be blank"), letter.error);
    }
}
