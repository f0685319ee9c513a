package id.simonev.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.platform.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Records an event in the transaction of the state change it describes; the {@link OutboxRelay}
 * publishes it after commit. A rolled-back change leaves no event, and a committed one is never lost.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (id, type, version, aggregate_id, region, occurred_at, data)
            values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))""";
    private static final int EVENTS_PER_BATCH = 500;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    /** The events {@link #batched} holds back on this thread, the thread of its transaction; null outside it. */
    private final ThreadLocal<List<Recorded>> heldBack = new ThreadLocal<>();

    Outbox(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    private record Recorded(UUID id, String type, int version, String aggregateId, String region, Instant occurredAt,
                            String data) {
    }

    /** Records {@code event}, keyed by its aggregate and placed in its region, in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DomainEvent event) {
        Recorded recorded = new Recorded(UUID.randomUUID(), event.type(), event.version(), event.aggregateId(),
                event.region(), Instant.now(), toJson(event));
        List<Recorded> held = heldBack.get();
        if (held != null) {
            held.add(recorded);
            return;
        }
        entityManager.createNativeQuery(INSERT)
                .setParameter(1, recorded.id())
                .setParameter(2, recorded.type())
                .setParameter(3, recorded.version())
                .setParameter(4, recorded.aggregateId())
                .setParameter(5, recorded.region())
                .setParameter(6, recorded.occurredAt())
                .setParameter(7, recorded.data())
                .executeUpdate();
    }

    /**
     * Runs {@code work}, holding back the events it records and writing them when it ends, in JDBC
     * batches and in the order recorded: an import of thousands of entries would otherwise make a
     * statement, a round trip, per event. Same transaction, same events; if {@code work} fails,
     * none is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void batched(Runnable work) {
        if (heldBack.get() != null) {
            // Already inside a batch, whose end writes these events too.
            work.run();
            return;
        }
        List<Recorded> held = new ArrayList<>();
        heldBack.set(held);
        try {
            work.run();
        } finally {
            heldBack.remove();
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT.replaceAll("\\?\\d", "?"))) {
                for (int i = 0; i < held.size(); i++) {
                    Recorded recorded = held.get(i);
                    insert.setObject(1, recorded.id());
                    insert.setString(2, recorded.type());
                    insert.setInt(3, recorded.version());
                    insert.setString(4, recorded.aggregateId());
                    insert.setString(5, recorded.region());
                    insert.setObject(6, OffsetDateTime.ofInstant(recorded.occurredAt(), ZoneOffset.UTC));
                    insert.setString(7, recorded.data());
                    insert.addBatch();
                    if ((i + 1) % EVENTS_PER_BATCH == 0 || i == held.size() - 1) {
                        insert.executeBatch();
                    }
                }
            }
        });
    }

    private String toJson(DomainEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be written as JSON", e);
        }
    }
}
