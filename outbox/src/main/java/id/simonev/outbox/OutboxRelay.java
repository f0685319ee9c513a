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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes committed outbox events to Kafka, oldest first, in batches. It wakes on the
 * {@code outbox_event} notification that a commit sends, with a slow poll as a safety net; with
 * several replicas, one at a time publishes (a transaction-scoped advisory lock), so the events
 * of an aggregate leave in the order they were written. While Kafka or PostgreSQL is away it
 * retries with a growing pause; an event is marked published only once Kafka has acknowledged it
 * (acks=all, idempotent producer), so a crash re-sends and never drops.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "outbox_event";
    /** Any number, as long as every replica of a service uses the same one. */
    private static final long ADVISORY_LOCK_KEY = 7_001_001L;
    private static final long FIRST_BACKOFF_MILLIS = 200;

    private final OutboxConfig config;
    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    OutboxRelay(OutboxConfig config, DataSource dataSource, ObjectMapper objectMapper,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.config = config;
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.kafkaConfig = kafkaConfig;
        this.published = Counter.builder("simonev.outbox.published")
                .description("Events the outbox relay has published to Kafka").register(registry);
    }

    void start(@Observes StartupEvent event) {
        producer = new KafkaProducer<>(producerConfig());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(10_000);
        producer.close();
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
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox-relay");
        return producerConfig;
    }

    private void run() {
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

    private int publishBatch() throws SQLException, InterruptedException, ExecutionException {
        try (Connection connection = dataSource.getConnection()) {
            if (!holdsRelayLock(connection)) {
                return 0;
            }
            List<Long> positions = new ArrayList<>();
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
            try (PreparedStatement pending = connection.prepareStatement("""
                    select position, id, type, version, aggregate_id, region, occurred_at, data::text
                    from outbox_event where published_at is null order by position limit ?""")) {
                pending.setInt(1, config.batchSize());
                try (ResultSet rows = pending.executeQuery()) {
                    while (rows.next()) {
                        positions.add(rows.getLong("position"));
                        String key = rows.getString("aggregate_id");
                        acknowledgements.add(producer.send(new ProducerRecord<>(config.topic(), key, envelope(rows))));
                    }
                }
            }
            if (positions.isEmpty()) {
                return 0;
            }
            producer.flush();
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get();
            }
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
