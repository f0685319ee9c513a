package id.simonev.testing;

import static org.awaitility.Awaitility.await;

import id.simonev.inbox.RegionReplica;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;

/** Makes sure a consumer service knows a region, registering it on the topic as programs-service does. */
public final class Regions {

    private Regions() {
    }

    public static void ensureKnown(RegionReplica replica, String code, String name) {
        if (!isKnown(replica, code)) {
            TestEvents.registerRegion(code, name);
            await().atMost(Duration.ofSeconds(30)).until(() -> isKnown(replica, code));
        }
    }

    public static boolean isKnown(RegionReplica replica, String code) {
        return QuarkusTransaction.requiringNew().call(() -> replica.isKnown(code));
    }
}
