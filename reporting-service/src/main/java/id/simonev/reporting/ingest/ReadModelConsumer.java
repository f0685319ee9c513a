package id.simonev.reporting.ingest;

import id.simonev.inbox.EventConsumer;
import id.simonev.inbox.EventHandlers;
import id.simonev.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies the events of all three producers, in batches, once each, to every read model. Each of its
 * transactions first takes the read models' lock shared, so that a {@link ReadModelRebuilds rebuild}
 * swaps the tables between two of them, never in the middle of one.
 */
@ApplicationScoped
public class ReadModelConsumer implements EventConsumer {

    /** Taken shared by every change to the read models from events, exclusively by a rebuild's swap. */
    static final long READ_MODELS_LOCK = 7_004_001L;

    private final Inbox inbox;
    private final EventHandlers handlers;

    ReadModelConsumer(Inbox inbox, Instance<Projection> projections) {
        this.inbox = inbox;
        EventHandlers.Builder builder = EventHandlers.builder();
        projections.forEach(projection -> builder.include(projection.handlers()));
        this.handlers = builder.build();
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Override
    public void beforeApplying(EntityManager entityManager) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock_shared(?1)")
                .setParameter(1, READ_MODELS_LOCK)
                .getResultList();
    }

    @Incoming("events")
    @Blocking
    public void apply(ConsumerRecords<String, String> records) {
        inbox.apply(records, this);
    }
}
