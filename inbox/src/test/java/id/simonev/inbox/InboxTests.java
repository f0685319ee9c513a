package id.simonev.inbox;

import static id.simonev.inbox.Records.counted;
import static id.simonev.inbox.Records.envelope;
import static id.simonev.inbox.Records.id;
import static id.simonev.inbox.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The inbox applies records handed to it as a consumer would, without Kafka in between. */
@QuarkusTest
class InboxTests {

    @Inject
    Inbox inbox;

    @Inject
    TallyConsumer consumer;

    @Inject
    EntityManager entityManager;

    private String newTally() {
        String name = "tally-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("insert into tally (name, total) values (?1, 0)").setParameter(1, name)
                .executeUpdate());
        return name;
    }

    private int total(String tally) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select total from tally where name = ?1").setParameter(1, tally)
                .getSingleResult()).intValue());
    }

    private DeadLetter deadLetterOf(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>find("eventId", eventId)
                .firstResult());
    }

    private long deadLettersAt(ConsumerRecord<String, String> record) {
        return QuarkusTransaction.requiringNew().call(() -> DeadLetter.count(
                "topic = ?1 and kafkaPartition = ?2 and kafkaOffset = ?3", record.topic(), record.partition(), record.offset()));
    }

    @Test
    void anEventDeliveredAgainIsAppliedOnce() {
        String tally = newTally();
        ConsumerRecord<String, String> record = record(counted(tally, 2));

        inbox.apply(List.of(record), consumer);
        inbox.apply(List.of(record, record(counted(tally, 3))), consumer);
        inbox.apply(List.of(record), consumer);

        assertEquals(5, total(tally));
    }

    /**
     * What a rebuild of the read models does: a consumer's first step points its unqualified table
     * names at other tables, and the events are applied there, recorded there, and nowhere else.
     */
    @Test
    void aConsumersFirstStepRunsInEachTransactionThatAppliesItsEvents() {
        String tally = newTally();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : List.of("create schema if not exists elsewhere",
                    "create table if not exists elsewhere.tally (like public.tally including all)",
                    "create table if not exists elsewhere.processed_event (like public.processed_event including all)",
                    "insert into elsewhere.tally (name, total) values ('" + tally + "', 0)")) {
                entityManager.createNativeQuery(statement).executeUpdate();
            }
        });
        EventConsumer intoElsewhere = new EventConsumer() {
            @Override
            public String name() {
                return consumer.name();
            }

            @Override
            public EventHandlers handlers() {
                return consumer.handlers();
            }

            @Override
            public void beforeApplying(EntityManager transaction) {
                transaction.createNativeQuery("set local search_path to elsewhere").executeUpdate();
            }
        };
        ConsumerRecord<String, String> record = record(counted(tally, 7));

        inbox.apply(List.of(record), intoElsewhere);
        inbox.apply(List.of(record), intoElsewhere);

        assertEquals(0, total(tally));
        assertEquals(7, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select total from elsewhere.tally where name = ?1").setParameter(1, tally)
                .getSingleResult()).intValue()));
        inbox.apply(List.of(record), consumer);
        assertEquals(7, total(tally));
    }

    @Test
    void aBatchWithOneFailingEventIsAppliedOneByOneAndTheOthersAreApplied() {
        String tally = newTally();
        ObjectNode failing = counted("no-such-tally-" + UUID.randomUUID(), 1);

        inbox.apply(List.of(record(counted(tally, 1)), record(failing), record(counted(tally, 10))), consumer);

        assertEquals(11, total(tally));
        DeadLetter letter = deadLetterOf(id(failing));
        assertTrue(letter.error.contains("there is no tally named"), letter.error);
        assertEquals("Counted", letter.type);
        assertEquals("tally", letter.consumer);
        assertEquals(failing.toString(), letter.record);
        assertNull(letter.replayedAt);
    }

    @Test
    void anEventWhoseDataIsInvalidIsADeadLetterAtOnceAndTheOthersAreApplied() {
        String tally = newTally();
        ObjectNode negative = counted(tally, -4);
        ObjectNode unreadable = envelope("Counted", Map.of("tally", tally, "amount", "many"));

        inbox.apply(List.of(record(negative), record(unreadable), record(counted(tally, 7))), consumer);
        // Delivered again, it is known as applied: neither counted nor kept twice.
        inbox.apply(List.of(record(negative)), consumer);

        assertEquals(7, total(tally));
        assertEquals("its data is invalid: data.amount must be greater than 0", deadLetterOf(id(negative)).error);
        assertTrue(deadLetterOf(id(unreadable)).error.startsWith("its data cannot be read as Counted"),
                deadLetterOf(id(unreadable)).error);
    }

    @Test
    void aRecordThatIsNotAnEnvelopeIsKeptWithWhereItWasReadAndDoesNotStopTheOthers() {
        String tally = newTally();
        ConsumerRecord<String, String> notJson = record("this is not json");
        ConsumerRecord<String, String> noId = record("{\"type\": \"Counted\", \"data\": {}}");

        inbox.apply(List.of(notJson, noId, record(counted(tally, 1))), consumer);
        inbox.apply(List.of(notJson), consumer);

        assertEquals(1, total(tally));
        assertEquals(1, deadLettersAt(notJson));
        assertEquals(1, deadLettersAt(noId));
        DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>find(
                "kafkaOffset", notJson.offset()).firstResult());
        assertNull(letter.eventId);
        assertEquals(Records.TOPIC, letter.topic);
        assertEquals("this is not json", letter.record);
        assertTrue(letter.error.startsWith("not an event envelope"), letter.error);
    }

    @Test
    void anEventOfATypeWithoutAHandlerIsRecordedAsSeenAndOtherwiseIgnored() {
        ObjectNode other = envelope("SomethingElseHappened", Map.of("what", "else"));

        inbox.apply(List.of(record(other)), consumer);

        long seen = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, id(other)).getSingleResult()).longValue());
        assertEquals(1, seen);
        assertNull(deadLetterOf(id(other)));
    }
}
