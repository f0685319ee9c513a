package id.simonev.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A broker for one test class alone, which the test can take away and bring back (keeping its
 * topics) to see what the service does while Kafka is unreachable.
 */
public class BrokerOfItsOwn implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.prepare("broker-of-its-own");
        broker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        broker.stop();
    }

    /** Stops the broker; its data stays for {@link #bringBack()}. */
    public static void takeAway() {
        broker.stop();
    }

    public static void bringBack() {
        broker.start();
    }
}
