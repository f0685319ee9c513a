package id.simonev.inbox;

import id.simonev.platform.event.EventEnvelope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

/**
 * Applies each event exactly once. The id of every applied event is recorded in the same
 * transaction as the change it makes, so an event delivered again (a redelivery after a crash,
 * a duplicate from a retrying producer, a rebuild) is skipped; concurrent consumers of the same
 * event serialise on that record. Nothing is dropped silently: whatever cannot be applied is kept
 * as a {@link DeadLetters dead letter}.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    /** A failure that outlasts these tries (about 1.5 s) while the database answers is the event's, not the database's. */
    private static final int ATTEMPTS_BEFORE_DEAD_LETTER = 5;

    private final EntityManager entityManager;
    private final EventReader reader;
    private final DeadLetters deadLetters;

    Inbox(EntityManager entityManager, EventReader reader, DeadLetters deadLetters) {
        this.entityManager = entityManager;
        this.reader = reader;
        this.deadLetters = deadLetters;
    }

    public void apply(ConsumerRecords<String, String> records, EventConsumer consumer) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        apply(list, consumer);
    }

    /**
     * Applies a batch of records in one transaction, each event not seen before through the
     * consumer's handlers; an event of a type it has no handler for is only recorded as seen. A
     * record that is not an event envelope, or whose data its handler cannot read, is kept as a
     * dead letter at once, so that it cannot block the topic. When the batch fails, its records are
     * applied one by one: one whose transaction keeps failing while the database answers is kept as
     * a dead letter, and the others go on; while the database does not answer, nothing is put aside
     * and the record is tried until it succeeds.
     */
    public void apply(List<ConsumerRecord<String, String>> records, EventConsumer consumer) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                consumer.beforeApplying(entityManager);
                records.forEach(record -> applyOne(record, consumer));
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Applying %d events together failed; applying them one by one", records.size());
            records.forEach(record -> applyAlone(record, consumer));
        }
    }

    private void applyAlone(ConsumerRecord<String, String> record, EventConsumer consumer) {
        long backoff = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    consumer.beforeApplying(entityManager);
                    applyOne(record, consumer);
                });
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS_BEFORE_DEAD_LETTER && databaseAnswers()) {
                    putAside(record, consumer, e);
                    return;
                }
                LOG.warnf(e, "Applying an event failed (attempt %d); retrying in %d ms", attempt, backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private void applyOne(ConsumerRecord<String, String> record, EventConsumer consumer) {
        EventEnvelope event;
        try {
            event = reader.envelope(record.value());
        } catch (UnreadableEvent e) {
            LOG.errorf("A record at %s-%d@%d is %s; kept as a dead letter: %.200s", record.topic(),
                    record.partition(), record.offset(), e.getMessage(), record.value());
            deadLetters.keep(record, null, consumer.name(), e.getMessage());
            return;
        }
        if (!firstDelivery(event)) {
            return;
        }
        List<Runnable> changes;
        try {
            changes = reader.changes(event, consumer.handlers());
        } catch (UnreadableEvent e) {
            LOG.errorf("Event %s (%s) cannot be applied, %s; kept as a dead letter", event.id(), event.type(),
                    e.getMessage());
            deadLetters.keep(record, event, consumer.name(), e.getMessage());
            return;
        }
        changes.forEach(Runnable::run);
    }

    private boolean databaseAnswers() {
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    entityManager.createNativeQuery("select 1").getSingleResult() != null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Keeps the record as a dead letter and marks its event processed, in one transaction. */
    private void putAside(ConsumerRecord<String, String> record, EventConsumer consumer, RuntimeException failure) {
        EventEnvelope event = envelopeOrNull(record.value());
        String reason = String.valueOf(rootCause(failure).getMessage());
        LOG.errorf(failure, "Event %s (%s) failed %d times while the database answered; kept as a dead letter",
                event == null ? "at " + record.topic() + "-" + record.partition() + "@" + record.offset() : event.id(),
                event == null ? "not an envelope" : event.type(), ATTEMPTS_BEFORE_DEAD_LETTER);
        QuarkusTransaction.requiringNew().run(() -> {
            consumer.beforeApplying(entityManager);
            if (event == null || firstDelivery(event)) {
                deadLetters.keep(record, event, consumer.name(), reason);
            }
        });
    }

    private EventEnvelope envelopeOrNull(String record) {
        try {
            return reader.envelope(record);
        } catch (UnreadableEvent e) {
            return null;
        }
    }

    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private boolean firstDelivery(EventEnvelope event) {
        return entityManager.createNativeQuery("""
                        insert into processed_event (event_id, type, source, occurred_at) values (?1, ?2, ?3, ?4)
                        on conflict (event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.source())
                .setParameter(4, event.occurredAt())
                .executeUpdate() == 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
