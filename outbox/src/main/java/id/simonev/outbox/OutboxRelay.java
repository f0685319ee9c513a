package id.simonev.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes committed outbox events to Kafka, oldest first, in batches. It wakes on the
 * {@code outbox_event} notification that a commit sends, with a slow poll as a safety net; with
 * several replicas, one at a time publishes (a transaction-scoped advisory lock), so the events
 * of an aggregate leave in the order they were written. While Kafka or PostgreSQL is away it
 * retries with a growing pause; an event is marked published only once Kafka has committed it,
 * so a crash re-sends and never drops.
 *
 * <p><b>One Kafka transaction per round.</b> A round's batch is sent in one Kafka transaction
 * (acks=all, idempotent), committed before its rows are marked. A round that fails anywhere (a
 * send expired during an outage, a record the broker refuses, a lost coordinator) is aborted, or
 * its producer closed and made anew, and its rows are sent again in a later round. Consumers read
 * with {@code isolation.level=read_committed}, so they never see a record of a round that did not
 * commit. Without transactions, a batch whose first event expired while a later send of the same
 * aggregate was written went out again whole, and consumers, which skip ids they have seen,
 * applied the second event before the first. Now every committed round holds, for each aggregate,
 * its oldest unpublished events in order, and its records follow those of every round committed
 * before it; so the first copy a consumer sees of each event comes in the order the events were
 * written. A commit Kafka made whose answer was lost (the database gone before the rows were
 * marked, a commit timing out as it succeeded) only sends the round again after itself, which
 * the consumers' skip of seen ids absorbs.
 *
 * <p><b>{@code transactional.id}: {@code <source>-outbox-relay-<random>}, one per process.</b>
 * The advisory lock, not Kafka, decides which replica publishes. Ids of their own mean that
 * replicas never fence each other, at start-up (every replica initialises its producer) or later,
 * nor do two processes on one host (a test run beside a dev run), as they would with an id taken
 * from the host name. Within a process the id stays when the producer is made anew after a fatal
 * failure (fenced, epoch lost, a send, commit or abort timing out), so that the new producer's
 * {@code initTransactions} settles the old one's unfinished transaction at once. The price is
 * what a crash leaves: no successor has the crashed process's id, so its open transaction stays
 * until the coordinator aborts it after {@code transaction.timeout.ms}, and until then
 * read_committed consumers of the partitions it wrote to cannot read past it. So the timeout is
 * low ({@code simonev.outbox.transaction-timeout}, 20 s by default), yet above what a live round
 * waits before it gives up (5 s for a send or the commit, 15 s for a delivery), so that the
 * coordinator never aborts a round the relay is still waiting on. Each process also leaves an id
 * that the broker forgets after {@code transactional.id.expiration.ms} (7 days): a small entry.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "outbox_event";
    /** Any number, as long as every replica of a service uses the same one. */
    private static final long ADVISORY_LOCK_KEY = 7_001_001L;
    private static final long FIRST_BACKOFF_MILLIS = 200;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final OutboxConfig config;
    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter aborted;
    /** This process's, for every producer it makes (see the class comment). */
    private final String transactionalId;
    private volatile boolean running;
    private Thread worker;
    /** The worker thread's alone; null until a round needs it, and after a fatal failure. */
    private KafkaProducer<String, String> producer;

    OutboxRelay(OutboxConfig config, DataSource dataSource, ObjectMapper objectMapper,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.config = config;
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.kafkaConfig = kafkaConfig;
        this.published = Counter.builder("simonev.outbox.published")
                .description("Events the outbox relay has published to Kafka").register(registry);
        this.aborted = Counter.builder("simonev.outbox.aborted")
                .description("Relay rounds whose Kafka transaction did not commit; their events are sent again")
                .register(registry);
        this.transactionalId = config.source() + "-outbox-relay-" + UUID.randomUUID();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(10_000);
    }

    /** The service's Kafka settings (brokers, TLS, SASL...), with what the outbox's guarantees need on top. */
    private Map<String, Object> producerConfig() {
        Map<String, Object> producerConfig = new HashMap<>();
        kafkaConfig.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                producerConfig.put(name, value);
            }
        });
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        producerConfig.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) config.transactionTimeout().toMillis());
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox-relay");
        return producerConfig;
    }

    /** The producer, made and its transactions initialised when there is none. */
    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> made = new KafkaProducer<>(producerConfig());
            try {
                made.initTransactions();
            } catch (RuntimeException e) {
                close(made, Duration.ZERO);
                throw e;
            }
            producer = made;
        }
        return producer;
    }

    private void run() {
        try {
            relay();
        } finally {
            if (producer != null) {
                // Interrupted to stop: cleared, so that the producer can abort an open transaction as it closes.
                Thread.interrupted();
                close(producer, CLOSE_TIMEOUT);
            }
        }
    }

    private void relay() {
        long backoff = FIRST_BACKOFF_MILLIS;
        while (running) {
            try (Connection listener = dataSource.getConnection()) {
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = listener.unwrap(PGConnection.class);
                while (running) {
                    if (drain()) {
                        backoff = FIRST_BACKOFF_MILLIS;
                        notifications.getNotifications((int) config.safetyPoll().toMillis());
                    } else {
                        pause(backoff);
                        backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Outbox relay lost its database connection (%s); retrying in %d ms", e.getMessage(), backoff);
                    pause(backoff);
                    backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
                }
            }
        }
    }

    /** Publishes until nothing is pending; false when Kafka or the database failed on the way. */
    private boolean drain() {
        try {
            int count;
            do {
                count = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (count == config.batchSize() && running);
            return true;
        } catch (RuntimeException e) {
            if (running) {
                LOG.warnf("Outbox relay could not publish (%s); events stay pending and will be retried",
                        rootMessage(e));
            }
            return false;
        }
    }

    private int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!holdsRelayLock(connection)) {
                return 0;
            }
            List<Long> positions = new ArrayList<>();
            List<ProducerRecord<String, String>> records = new ArrayList<>();
            try (PreparedStatement pending = connection.prepareStatement("""
                    select position, id, type, version, aggregate_id, region, occurred_at, data::text
                    from outbox_event where published_at is null order by position limit ?""")) {
                pending.setInt(1, config.batchSize());
                try (ResultSet rows = pending.executeQuery()) {
                    while (rows.next()) {
                        positions.add(rows.getLong("position"));
                        records.add(new ProducerRecord<>(config.topic(), rows.getString("aggregate_id"), envelope(rows)));
                    }
                }
            }
            if (positions.isEmpty()) {
                return 0;
            }
            publish(records);
            try (PreparedStatement markPublished = connection.prepareStatement(
                    "update outbox_event set published_at = now() where position = any(?)")) {
                Array array = connection.createArrayOf("bigint", positions.toArray());
                markPublished.setArray(1, array);
                markPublished.executeUpdate();
            }
            published.increment(positions.size());
            return positions.size();
        }
    }

    /**
     * Sends the records in one Kafka transaction and commits it; throws when it did not commit,
     * having aborted it (or closed the producer), so that no consumer that reads committed sees any of them.
     */
    private void publish(List<ProducerRecord<String, String>> records) {
        KafkaProducer<String, String> transactional = producer();
        try {
            transactional.beginTransaction();
            records.forEach(transactional::send);
            // Flushes the sends, and fails if any of them failed.
            transactional.commitTransaction();
        } catch (RuntimeException e) {
            aborted.increment();
            abort(transactional, e);
            throw e;
        }
    }

    private void abort(KafkaProducer<String, String> transactional, RuntimeException failure) {
        if (!needsNewProducer(failure)) {
            try {
                transactional.abortTransaction();
                return;
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        // The next round makes a producer with the same id, whose initTransactions settles this one's transaction.
        producer = null;
        close(transactional, Duration.ZERO);
    }

    /**
     * Failures after which the producer cannot abort: fenced or its epoch lost, a broken sequence, no
     * permission or support, a commit or send that timed out (which may still be completing), an
     * interruption, or anything Kafka's client does not describe.
     */
    private static boolean needsNewProducer(RuntimeException failure) {
        return failure instanceof ProducerFencedException || failure instanceof InvalidProducerEpochException
                || failure instanceof OutOfOrderSequenceException || failure instanceof AuthorizationException
                || failure instanceof UnsupportedVersionException || failure instanceof TimeoutException
                || failure instanceof InterruptException || !(failure instanceof KafkaException);
    }

    private static void close(KafkaProducer<String, String> closing, Duration timeout) {
        try {
            closing.close(timeout);
        } catch (RuntimeException e) {
            LOG.debugf("Outbox relay's producer did not close cleanly (%s)", rootMessage(e));
        }
    }

    private static boolean holdsRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private String envelope(ResultSet row) throws SQLException {
        ObjectNode envelope = objectMapper.createObjectNode();
        envelope.put("id", row.getString("id"));
        envelope.put("type", row.getString("type"));
        envelope.put("version", row.getInt("version"));
        envelope.put("occurredAt", row.getObject("occurred_at", OffsetDateTime.class).toInstant().toString());
        envelope.put("source", config.source());
        envelope.put("aggregateId", row.getString("aggregate_id"));
        envelope.put("region", row.getString("region"));
        // As stored, so that no number loses a digit on the way (capaian is kept at full precision).
        envelope.putRawValue("data", new RawValue(row.getString("data")));
        return envelope.toString();
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
