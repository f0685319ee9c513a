package id.simonev.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads and writes the real topics of the test broker, as another service would: it reads only
 * what was committed ({@code isolation.level=read_committed}, like every consumer of the project).
 */
public final class Topics {

    public static final String PROGRAMS = "simonev.programs.v1";
    public static final String SURVEYS = "simonev.surveys.v1";
    public static final String PERFORMANCE = "simonev.performance.v1";

    /**
     * How every consumer of the project reads: the outbox relay publishes in Kafka transactions, and
     * the records of one that was aborted must never be seen.
     */
    private static final String READ_COMMITTED = "read_committed";
    /** Decimals read as BigDecimal: a test can see every digit a producer sent. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Topics() {
    }

    /** A record as it is on the topic: its key and its value parsed as JSON. */
    public record Event(String key, JsonNode value) {
    }

    /**
     * Waits until the topic holds {@code count} events keyed {@code key}, written since the test
     * began, and returns them in topic order; fails when they do not arrive within {@code timeout}.
     * It reads from the test's start, not from the beginning of the topic, so that it does not wade
     * through the events of every earlier test.
     */
    public static List<Event> awaitEvents(String topic, String key, int count, Duration timeout) {
        return awaitEvents(topic, key, count, timeout, TestStart.current());
    }

    /**
     * As {@link #awaitEvents}, but reading the whole topic: for events written before the test
     * began, such as those a service announces when it starts.
     */
    public static List<Event> awaitEventsFromTheBeginning(String topic, String key, int count, Duration timeout) {
        return awaitEvents(topic, key, count, timeout, null);
    }

    private static List<Event> awaitEvents(String topic, String key, int count, Duration timeout, Instant from) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(READ_COMMITTED))) {
            Instant deadline = Instant.now().plus(timeout);
            List<TopicPartition> partitions = assignFrom(from, topic, consumer, deadline);
            List<Event> found = new ArrayList<>();
            while (!partitions.isEmpty() && found.size() < count && Instant.now().isBefore(deadline)) {
                found.addAll(poll(consumer, key));
            }
            if (found.size() < count) {
                throw new AssertionError("Expected " + count + " events keyed " + key + " on " + topic
                        + " within " + timeout + " but found " + found.size() + ": " + found);
            }
            return found;
        }
    }

    /**
     * Every event keyed {@code key} that a consumer can read on the topic now, written since the
     * test began, in topic order: to check that no more came than {@link #awaitEvents} waited for.
     */
    public static List<Event> eventsSoFar(String topic, String key) {
        return readSoFar(topic, key, READ_COMMITTED);
    }

    /**
     * As {@link #eventsSoFar}, but every record on the log, those of transactions aborted or not
     * yet committed included: what a consumer that does not read committed would be handed. Only a
     * test of a producer's transactions needs it; every consumer of the project reads committed.
     */
    public static List<Event> recordsSoFarIncludingUncommitted(String topic, String key) {
        return readSoFar(topic, key, "read_uncommitted");
    }

    private static List<Event> readSoFar(String topic, String key, String isolationLevel) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(isolationLevel))) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            List<TopicPartition> partitions = assignFrom(TestStart.current(), topic, consumer, deadline);
            // For a consumer that reads committed, the end is where the oldest open transaction begins.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<Event> found = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + topic + " to its end within 30 s");
                }
                found.addAll(poll(consumer, key));
            }
            return found;
        }
    }

    /** Assigns the consumer every partition of the topic, waiting for it to exist, and seeks them to {@code from}. */
    private static List<TopicPartition> assignFrom(Instant from, String topic, KafkaConsumer<String, String> consumer,
                                                   Instant deadline) {
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
        consumer.assign(partitions);
        seekTo(from, consumer, partitions);
        return partitions;
    }

    private static List<Event> poll(KafkaConsumer<String, String> consumer, String key) {
        List<Event> found = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            if (key.equals(record.key())) {
                found.add(new Event(record.key(), parse(record.value())));
            }
        }
        return found;
    }

    /**
     * Seeks each partition to its first record written since {@code start}; where none is, to its
     * end, so that only what comes next is read. Without a start (outside a test), to the beginning.
     */
    private static void seekTo(Instant start, KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        if (start == null) {
            consumer.seekToBeginning(partitions);
            return;
        }
        // The ends first: a record written between the two look-ups is then either found since the start
        // or after the end, never skipped.
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        Map<TopicPartition, Long> atStart = new HashMap<>();
        partitions.forEach(partition -> atStart.put(partition, start.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(atStart, Duration.ofSeconds(10));
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp first = offsets.get(partition);
            consumer.seek(partition, first != null ? first.offset() : ends.get(partition));
        }
    }

    /** Puts one record on a topic, as a producer service would, and waits for the broker's acknowledgement. */
    public static void publish(String topic, String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** As the services' consumers read, committed only, unless a test asks otherwise. */
    private static Map<String, Object> consumerConfig(String isolationLevel) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON on the topic: " + value, e);
        }
    }
}
