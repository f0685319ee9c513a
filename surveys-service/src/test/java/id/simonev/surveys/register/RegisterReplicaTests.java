package id.simonev.surveys.register;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.inbox.RegisterReplica;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The copy of the register follows programs-service's region events. */
@QuarkusTest
class RegisterReplicaTests {

    @Inject
    RegisterReplica register;

    private static String regionEvent(String type, String code, String name) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", name);
        data.put("parentCode", "73");
        return TestEvents.envelope(type, "programs-service", code, code, data).toString();
    }

    @Test
    void aRenamedRegionIsRenamedInTheCopy() {
        Topics.publish(Topics.PROGRAMS, "73.98", regionEvent("RegionRegistered", "73.98", "Kota Lama"));
        Topics.publish(Topics.PROGRAMS, "73.98", regionEvent("RegionUpdated", "73.98", "Kota Baru"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(Optional.of("Kota Baru"),
                QuarkusTransaction.requiringNew().call(() -> register.regionName("73.98"))));
    }
}
