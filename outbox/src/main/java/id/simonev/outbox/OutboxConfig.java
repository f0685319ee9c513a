package id.simonev.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "simonev.outbox")
public interface OutboxConfig {

    /** The topic this service publishes its events to, e.g. {@code simonev.programs.v1}. */
    String topic();

    /** The envelope's {@code source}: the name of this service. */
    String source();

    /** How many events the relay publishes in one round trip. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for a commit notification before it looks anyway. */
    @WithDefault("5s")
    Duration safetyPoll();

    /** The longest pause between attempts while Kafka or PostgreSQL is away. */
    @WithDefault("5s")
    Duration maxBackoff();

    /**
     * How long a relay's Kafka transaction may stay open before the broker aborts it: what a crashed
     * replica's unfinished round can hold consumers back (see {@link OutboxRelay}).
     */
    @WithDefault("20s")
    Duration transactionTimeout();

    /** How long a published event stays in the table; the topic keeps it for good. */
    @WithDefault("7d")
    Duration retention();

    /** How often published events older than {@link #retention()} are removed. */
    @WithDefault("10m")
    Duration retentionSweep();

    /** How many published events one sweep transaction removes, so that no sweep holds many locks long. */
    @WithDefault("2000")
    int retentionBatchSize();
}
