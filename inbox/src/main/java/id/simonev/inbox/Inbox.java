package id.simonev.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import id.simonev.platform.event.EventEnvelope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Applies each event exactly once. The id of every applied event is recorded in the same
 * transaction as the change it makes, so an event delivered again (a redelivery after a crash,
 * a duplicate from a retrying producer, a rebuild) is skipped; concurrent consumers of the same
 * event serialise on that record.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    /** A failure that outlasts these tries (about 1.5 s) while the database answers is the event's, not the database's. */
    private static final int ATTEMPTS_BEFORE_DEAD_LETTER = 5;

    private final EntityManager entityManager;
    /** Reads decimals as BigDecimal, so that no number loses a digit on the way to the read models. */
    private final ObjectReader envelopeReader;

    Inbox(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.envelopeReader = objectMapper.readerFor(EventEnvelope.class)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * Applies a batch of records in one transaction, handing each event not seen before to
     * {@code handler}. A record that is not an event envelope, or whose data the handler cannot
     * read ({@link IllegalArgumentException}), is logged and skipped so that it cannot block the
     * topic. When the batch fails, its records are applied one by one: one whose transaction keeps
     * failing while the database answers is put aside as a dead letter, and the others go on; while
     * the database does not answer, nothing is put aside and the record is tried until it succeeds.
     */
    public void apply(List<String> records, Consumer<EventEnvelope> handler) {
        try {
            QuarkusTransaction.requiringNew().run(() -> records.forEach(record -> applyOne(record, handler)));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Applying %d events together failed; applying them one by one", records.size());
            records.forEach(record -> applyAlone(record, handler));
        }
    }

    private void applyAlone(String record, Consumer<EventEnvelope> handler) {
        long backoff = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOne(record, handler));
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS_BEFORE_DEAD_LETTER && databaseAnswers()) {
                    putAside(record, e);
                    return;
                }
                LOG.warnf(e, "Applying an event failed (attempt %d); retrying in %d ms", attempt, backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private boolean databaseAnswers() {
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    entityManager.createNativeQuery("select 1").getSingleResult() != null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Keeps the event as a dead letter and marks it processed, in one transaction. */
    private void putAside(String record, RuntimeException failure) {
        EventEnvelope event = parse(record);
        LOG.errorf(failure, "Event %s (%s) failed %d times while the database answered; put aside as a dead letter",
                event.id(), event.type(), ATTEMPTS_BEFORE_DEAD_LETTER);
        QuarkusTransaction.requiringNew().run(() -> {
            if (firstDelivery(event)) {
                entityManager.createNativeQuery("""
                                insert into dead_letter_event (event_id, type, source, record, error)
                                values (?1, ?2, ?3, ?4, ?5)""")
                        .setParameter(1, event.id())
                        .setParameter(2, event.type())
                        .setParameter(3, event.source())
                        .setParameter(4, record)
                        .setParameter(5, String.valueOf(rootCause(failure).getMessage()))
                        .executeUpdate();
            }
        });
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void applyOne(String record, Consumer<EventEnvelope> handler) {
        EventEnvelope event = parse(record);
        if (event == null || !firstDelivery(event)) {
            return;
        }
        try {
            handler.accept(event);
        } catch (IllegalArgumentException e) {
            LOG.errorf("Skipped event %s (%s): its data is unreadable: %s", event.id(), event.type(), e.getMessage());
        }
    }

    private EventEnvelope parse(String record) {
        try {
            EventEnvelope event = envelopeReader.readValue(record);
            if (event.id() == null || event.type() == null || event.occurredAt() == null || event.source() == null) {
                throw new IllegalArgumentException("id, type, occurredAt and source are required");
            }
            return event;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.errorf("Skipped a record that is not an event envelope (%s): %.200s", e.getMessage(), record);
            return null;
        }
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
