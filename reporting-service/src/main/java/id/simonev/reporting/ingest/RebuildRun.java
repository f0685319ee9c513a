package id.simonev.reporting.ingest;

import id.simonev.inbox.EventConsumer;
import id.simonev.inbox.EventHandlers;
import id.simonev.inbox.Inbox;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * One rebuild at work, on a thread of its own: it reads every partition of the live consumer's topics
 * from the beginning, committed records only, and applies each batch through the same {@link Inbox} and
 * the same handlers as {@link ReadModelConsumer}, in transactions that first point unqualified table
 * names at the new tables ({@code set local search_path}), so that the projections write there.
 *
 * <p><b>The take-over.</b> Once it is within a batch of the topics' ends, one transaction takes the
 * read models' lock exclusively. Every change the live consumer (or a dead letter's replay) makes to the
 * read models runs in a transaction that first takes that lock shared
 * ({@link ReadModelConsumer#beforeApplying}), so from then on no such change is under way, and none
 * begins, until the swap commits. Under the lock it reads on to the topics' ends as they are then, and
 * checks that the new tables have every event the current ones have applied: each id in the current
 * {@code processed_event}, and each record that was no event, kept as a dead letter by position. Only
 * then does it move the current tables out and the new ones in, and commit: PostgreSQL's DDL is
 * transactional, so readers see the one set or the other.
 *
 * <p>Why nothing is lost: the live consumer may have read, and applied, beyond the offsets it committed to
 * Kafka; it goes on from where it is, not from its commit, so what it applied must already be in the new
 * tables, and the check says so (comparing with its committed offsets would not). Why nothing counts twice:
 * what the rebuild applied beyond the live consumer is in the new {@code processed_event}, so the live
 * consumer skips it when it gets there; a live batch that waited on the lock runs after the swap and finds
 * the new tables. An event the current tables have that the topics no longer hold cannot be rebuilt: the
 * rebuild fails rather than lose it, and the current tables stay.
 */
final class RebuildRun {

    private static final Logger LOG = Logger.getLogger(RebuildRun.class);
    private static final int BATCH = 500;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    private final UUID id;
    private final Connection connection;
    private final ReadModelRebuilds rebuilds;
    private final Inbox inbox;
    private final EventConsumer rebuilding;
    private final Map<String, Object> consumerConfig;
    private final List<String> topics;
    private final Thread worker;
    private volatile boolean stopping;
    /** The worker thread's, made as it begins. */
    private volatile KafkaConsumer<String, String> consumer;
    private List<TopicPartition> partitions = List.of();
    private Map<TopicPartition, Long> starts = Map.of();
    private long eventsRead;

    RebuildRun(UUID id, Connection connection, ReadModelRebuilds rebuilds, Inbox inbox, ReadModelConsumer live,
               Map<String, Object> kafkaConfig, List<String> topics) {
        this.id = id;
        this.connection = connection;
        this.rebuilds = rebuilds;
        this.inbox = inbox;
        this.rebuilding = new IntoRebuiltTables(live);
        this.consumerConfig = consumerConfig(kafkaConfig);
        this.topics = topics;
        this.worker = new Thread(this::run, "read-model-rebuild");
        this.worker.setDaemon(true);
    }

    /**
     * The live consumer's name and handlers, applied to the new tables: its dead letters are the live
     * consumer's once swapped in, and are replayed through its handlers.
     */
    private record IntoRebuiltTables(ReadModelConsumer live) implements EventConsumer {

        @Override
        public String name() {
            return live.name();
        }

        @Override
        public EventHandlers handlers() {
            return live.handlers();
        }

        @Override
        public void beforeApplying(EntityManager entityManager) {
            entityManager.createNativeQuery("set local search_path to " + RebuildTables.REBUILD).executeUpdate();
        }
    }

    /** The service's Kafka settings (brokers, TLS, SASL...); committed records only, no group: it commits nothing. */
    private static Map<String, Object> consumerConfig(Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((name, value) -> {
            if (ConsumerConfig.configNames().contains(name)) {
                config.put(name, value);
            }
        });
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-rebuild");
        return config;
    }

    void start() {
        worker.start();
    }

    /** Stops it where it is (the service is stopping); the current tables stay. */
    void stop() {
        if (!worker.isAlive()) {
            return;
        }
        stopping = true;
        KafkaConsumer<String, String> reading = consumer;
        if (reading != null) {
            reading.wakeup();
        }
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (KafkaConsumer<String, String> reading = new KafkaConsumer<>(consumerConfig)) {
            consumer = reading;
            RebuildTables.prepare(connection);
            partitions = partitionsOfTheTopics();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            starts = consumer.beginningOffsets(partitions, KAFKA_TIMEOUT);
            Map<TopicPartition, Long> ends;
            do {
                applyNextBatch();
                ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
                rebuilds.saveProgress(connection, id, eventsRead, progress(ends));
            } while (behind(ends) > BATCH);
            ReadModelRebuilds.record(connection, id, RebuildState.SWAPPING, null);
            RebuildTables.inTransaction(connection, this::swap);
            LOG.infof("Rebuild %s of the read models is done: %d records read; the rebuilt tables answer", id,
                    eventsRead);
        } catch (WakeupException e) {
            fail("The service stopped before the rebuild finished; start it again");
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "Rebuild %s of the read models failed; the current tables still answer", id);
            fail(String.valueOf(e.getMessage()));
        } finally {
            ReadModelRebuilds.release(connection);
        }
    }

    /** In the take-over's transaction: see the class comment. */
    private void swap() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select 1 from pg_advisory_xact_lock(?)")) {
            lock.setLong(1, ReadModelConsumer.READ_MODELS_LOCK);
            lock.execute();
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
        while (behind(ends) > 0) {
            applyNextBatch();
        }
        rebuilds.saveProgress(connection, id, eventsRead, progress(ends));
        long missing = RebuildTables.missingFromRebuild(connection);
        if (missing > 0) {
            throw new RebuildFailed(missing + " events the current read models have applied are not in the "
                    + "rebuilt ones, though the rebuild read every topic to its end: the topics no longer hold them, "
                    + "or partitions were added while it ran. The current read models stay");
        }
        if (!RebuildTables.sameColumnsAsCurrent(connection)) {
            throw new RebuildFailed("The read models' tables changed while the rebuild ran (a migration): "
                    + "start it again");
        }
        RebuildTables.swap(connection);
        ReadModelRebuilds.record(connection, id, RebuildState.DONE, null);
    }

    private List<TopicPartition> partitionsOfTheTopics() {
        List<TopicPartition> found = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, KAFKA_TIMEOUT);
            if (infos != null) {
                infos.forEach(info -> found.add(new TopicPartition(topic, info.partition())));
            }
        }
        return found;
    }

    private void applyNextBatch() {
        if (stopping) {
            throw new WakeupException();
        }
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        consumer.poll(POLL).forEach(batch::add);
        if (!batch.isEmpty()) {
            inbox.apply(batch, rebuilding);
            eventsRead += batch.size();
        }
    }

    /** How many records the rebuild has yet to read to reach {@code ends}. */
    private long behind(Map<TopicPartition, Long> ends) {
        return partitions.stream()
                .mapToLong(partition -> Math.max(0, ends.get(partition) - consumer.position(partition)))
                .sum();
    }

    private List<PartitionProgress> progress(Map<TopicPartition, Long> ends) {
        return partitions.stream().map(partition -> new PartitionProgress(partition.topic(), partition.partition(),
                starts.get(partition), consumer.position(partition), ends.get(partition))).toList();
    }

    private void fail(String reason) {
        try {
            ReadModelRebuilds.record(connection, id, RebuildState.FAILED, reason);
        } catch (SQLException e) {
            LOG.errorf(e, "Could not record that rebuild %s failed: %s", id, reason);
        }
    }

    /** A rebuild that cannot take over, for a reason an operator can act on. */
    private static final class RebuildFailed extends RuntimeException {

        RebuildFailed(String reason) {
            super(reason);
        }
    }
}
