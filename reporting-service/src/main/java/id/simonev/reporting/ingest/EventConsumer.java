package id.simonev.reporting.ingest;

import id.simonev.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the events of all three producers, in batches, once each, to every read model. */
@ApplicationScoped
public class EventConsumer {

    private final Inbox inbox;
    private final List<Projection> projections;

    EventConsumer(Inbox inbox, Instance<Projection> projections) {
        this.inbox = inbox;
        this.projections = projections.stream().toList();
    }

    @Incoming("events")
    @Blocking
    public void apply(List<String> records) {
        inbox.apply(records, event -> projections.forEach(projection -> projection.apply(event)));
    }
}
