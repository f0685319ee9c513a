package id.simonev.reporting.ingest;

import id.simonev.inbox.EventConsumer;
import id.simonev.inbox.EventHandlers;
import id.simonev.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the events of all three producers, in batches, once each, to every read model. */
@ApplicationScoped
public class ReadModelConsumer implements EventConsumer {

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

    @Incoming("events")
    @Blocking
    public void apply(ConsumerRecords<String, String> records) {
        inbox.apply(records, this);
    }
}
