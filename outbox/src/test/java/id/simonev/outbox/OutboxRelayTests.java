package id.simonev.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.simonev.testing.BrokerOfItsOwn;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost and nothing leaves out of order: an event recorded while Kafka is away reaches
 * the topic once Kafka is back, and a round the relay could not finish is seen by no consumer.
 */
@QuarkusTest
@WithTestResource(BrokerOfItsOwn.class)
class OutboxRelayTests {

    private static final String TOPIC = "simonev.outbox-test.v1";
    private static final ConfigResource TOPIC_CONFIG = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    private boolean published(String noteId) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery(
                        "select bool_and(published_at is not null) from outbox_event where aggregate_id = ?1",
                        Boolean.class)
                .setParameter(1, noteId).getSingleResult());
    }

    private static List<String> texts(List<Topics.Event> events) {
        return events.stream().map(event -> event.value().path("data").path("text").asText()).toList();
    }

    @Test
    void eventsRecordedWhileTheBrokerIsAwayWaitAndArePublishedInOrderOnceItIsBack() throws InterruptedException {
        String noteId = UUID.randomUUID().toString();
        BrokerOfItsOwn.takeAway();
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.record(new NoteWritten(noteId, "pertama")));
            QuarkusTransaction.requiringNew().run(() -> outbox.record(new NoteWritten(noteId, "kedua")));
            // The relay has woken on the commits and tried by now; the events wait.
            Thread.sleep(2_000);
            assertFalse(published(noteId), "an event cannot be published while the broker is away");
        } finally {
            BrokerOfItsOwn.bringBack();
        }

        List<Topics.Event> events = Topics.awaitEvents(TOPIC, noteId, 2, Duration.ofSeconds(90));

        assertEquals(List.of("pertama", "kedua"), texts(events));
        assertEquals("NoteWritten", events.get(0).value().path("type").asText());
        assertEquals("outbox-test", events.get(0).value().path("source").asText());
        assertEquals("53.71", events.get(0).value().path("region").asText());
        await().atMost(Duration.ofSeconds(30)).until(() -> published(noteId));
        // Marked published, so sent for the last time: a consumer has seen each of them once.
        assertEquals(List.of("pertama", "kedua"), texts(Topics.eventsSoFar(TOPIC, noteId)));
    }

    @Test
    void aRoundThatFailsAfterItsFirstRecordIsAbortedAndNoConsumerSeesAnyOfIt() throws Exception {
        String noteId = UUID.randomUUID().toString();
        // Larger than a producer's batch, so sent in a batch of its own, which the restricted topic refuses.
        String tooLarge = "kedua " + "x".repeat(20_000);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Topics.bootstrapServers()))) {
            refuseRecordsOver(admin, "10000");
            try {
                // One transaction, so one round of the relay: the first event is written, the second refused.
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.record(new NoteWritten(noteId, "pertama"));
                    outbox.record(new NoteWritten(noteId, tooLarge));
                });

                // Two copies of the first event on the log: the first round wrote it and ended, and the next began.
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                        .until(() -> Topics.recordsSoFarIncludingUncommitted(TOPIC, noteId).size() >= 2);
                assertEquals(List.of(), Topics.eventsSoFar(TOPIC, noteId), "a consumer sees nothing of an aborted round");
                assertFalse(published(noteId), "the events of an aborted round stay pending");
            } finally {
                refuseRecordsOver(admin, null);
            }
        }

        List<Topics.Event> events = Topics.awaitEvents(TOPIC, noteId, 2, Duration.ofSeconds(30));

        assertEquals(List.of("pertama", tooLarge), texts(events));
        await().atMost(Duration.ofSeconds(30)).until(() -> published(noteId));
        assertEquals(List.of("pertama", tooLarge), texts(Topics.eventsSoFar(TOPIC, noteId)));
    }

    /** Sets the topic's largest record batch (null: the broker's default) and waits until the broker applies it. */
    private static void refuseRecordsOver(Admin admin, String maxMessageBytes) throws InterruptedException, ExecutionException {
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        AlterConfigOp change = maxMessageBytes == null
                ? new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes),
                        AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(TOPIC_CONFIG, List.of(change))).all().get();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            ConfigEntry applied = admin.describeConfigs(List.of(TOPIC_CONFIG)).all().get().get(TOPIC_CONFIG)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return maxMessageBytes == null ? applied.source() != ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                    : maxMessageBytes.equals(applied.value());
        });
    }
}
