package id.simonev.inbox;

import id.simonev.platform.event.EventEnvelope;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The records this service could not apply, kept whole with the reason so that nothing is lost
 * silently, and applied again on an administrator's request once the cause is fixed.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Map<String, String> SORTABLE = Map.of("failedAt", "failedAt", "type", "type",
            "replayedAt", "replayedAt");

    private final EntityManager entityManager;
    private final EventReader reader;
    private final Instance<EventConsumer> consumers;

    DeadLetters(EntityManager entityManager, EventReader reader, Instance<EventConsumer> consumers) {
        this.entityManager = entityManager;
        this.reader = reader;
        this.consumers = consumers;
    }

    /**
     * Keeps {@code record} in the current transaction; {@code event} is its envelope, or null for a
     * record that is not one, which is then known by where it was read. Keeping the same record
     * again changes nothing.
     */
    void keep(ConsumerRecord<String, String> record, EventEnvelope event, String consumer, String reason) {
        entityManager.createNativeQuery("""
                        insert into dead_letter_event (id, event_id, type, source, consumer, topic, kafka_partition,
                            kafka_offset, record, error)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, event == null ? null : event.id())
                .setParameter(3, event == null ? null : event.type())
                .setParameter(4, event == null ? null : event.source())
                .setParameter(5, consumer)
                .setParameter(6, record.topic())
                .setParameter(7, record.partition())
                .setParameter(8, record.offset())
                .setParameter(9, storable(record.value() == null ? "" : record.value()))
                .setParameter(10, storable(reason))
                .executeUpdate();
    }

    /** PostgreSQL text cannot hold NUL; a record that does must still be kept. */
    private static String storable(String text) {
        return text.replace('\u0000', '\uFFFD');
    }

    public Page<DeadLetterView> list(DeadLetterStatus status, PageRequest paging) {
        var sort = paging.sortAmong(SORTABLE, "failedAt,desc", "id");
        PanacheQuery<DeadLetter> query = status == null ? DeadLetter.findAll(sort)
                : DeadLetter.find(status == DeadLetterStatus.PENDING ? "replayedAt is null" : "replayedAt is not null",
                        sort);
        return QuarkusTransaction.joiningExisting().call(() -> paging.fetch(query, DeadLetterView::of));
    }

    public DeadLetterView find(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> DeadLetterView.of(letter(id, LockModeType.NONE)));
    }

    /**
     * Applies the dead letter {@code id} through the handlers of the consumer that read it, once:
     * it is then marked replayed, and replaying it again applies nothing. When it fails again it
     * stays a dead letter with the new reason: a 422 problem when its data still cannot be read,
     * a 409 problem when the change failed.
     */
    public DeadLetterView replay(UUID id) {
        // Known before the replay's transaction, whose first step is the consumer's own (beforeApplying).
        EventConsumer consumer = QuarkusTransaction.requiringNew().call(() ->
                consumerOf(letter(id, LockModeType.NONE)));
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                consumer.beforeApplying(entityManager);
                return applyAgain(id, consumer);
            });
        } catch (ProblemException e) {
            throw e;
        } catch (UnreadableEvent e) {
            recordFailure(id, e.getMessage());
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Dead letter " + id + " still cannot be applied: " + e.getMessage());
        } catch (RuntimeException e) {
            String reason = String.valueOf(Inbox.rootCause(e).getMessage());
            LOG.warnf(e, "Replaying dead letter %s failed", id);
            recordFailure(id, reason);
            throw ProblemException.conflict("Dead letter " + id + " failed again: " + reason);
        }
    }

    private DeadLetterView applyAgain(UUID id, EventConsumer consumer) {
        DeadLetter letter = letter(id, LockModeType.PESSIMISTIC_WRITE);
        if (letter.replayedAt != null) {
            return DeadLetterView.of(letter);
        }
        EventEnvelope event = reader.envelope(letter.record);
        reader.changes(event, consumer.handlers()).forEach(Runnable::run);
        letter.replayedAt = Instant.now();
        LOG.infof("Dead letter %s (event %s, %s) replayed", id, event.id(), event.type());
        return DeadLetterView.of(letter);
    }

    private DeadLetter letter(UUID id, LockModeType lock) {
        DeadLetter letter = DeadLetter.findById(id, lock);
        if (letter == null) {
            throw ProblemException.notFound("Dead letter", id);
        }
        return letter;
    }

    /** The consumer named in the letter; a letter kept before consumers were named belongs to the only one. */
    private EventConsumer consumerOf(DeadLetter letter) {
        List<EventConsumer> all = consumers.stream().toList();
        return all.stream()
                .filter(consumer -> letter.consumer == null ? all.size() == 1 : consumer.name().equals(letter.consumer))
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("Dead letter " + letter.id + " was read by consumer "
                        + letter.consumer + ", which this service no longer has"));
    }

    private void recordFailure(UUID id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update dead_letter_event set error = ?2, failed_at = now() where id = ?1 and replayed_at is null""")
                .setParameter(1, id)
                .setParameter(2, storable(reason))
                .executeUpdate());
    }
}
