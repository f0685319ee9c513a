package id.simonev.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Published events are removed once older than the retention; every other event stays. */
@QuarkusTest
class OutboxRetentionTests {

    @Inject
    OutboxRetention retention;

    @Inject
    EntityManager entityManager;

    /** An event of {@code aggregate} as the relay would have left it, published {@code ago} (null: not yet). */
    private void stored(String aggregate, String ago) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into outbox_event (id, type, version, aggregate_id, region, occurred_at, data, published_at)
                        values (?1, 'NoteWritten', 1, ?2, '53.71', now() - interval '30 days', '{}'::jsonb,
                            now() - cast(?3 as interval))""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, aggregate)
                .setParameter(3, ago)
                .executeUpdate());
    }

    private List<String> remaining(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select coalesce(to_char(now() - published_at, 'DD'), 'pending') from outbox_event
                        where aggregate_id = ?1 order by position""", String.class)
                .setParameter(1, aggregate).getResultList());
    }

    @Test
    void eventsPublishedLongerAgoThanTheRetentionAreRemovedInBatches() {
        String aggregate = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            stored(aggregate, "8 days");
        }
        stored(aggregate, "6 days");
        stored(aggregate, "1 hour");

        retention.sweep();

        // Five old ones in batches of two; the younger ones stay.
        assertEquals(List.of("06", "00"), remaining(aggregate));
    }
}
