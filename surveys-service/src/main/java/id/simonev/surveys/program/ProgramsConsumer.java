package id.simonev.surveys.program;

import id.simonev.inbox.EventConsumer;
import id.simonev.inbox.EventHandlers;
import id.simonev.inbox.Inbox;
import id.simonev.inbox.RegisterReplica;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads programs-service's topic into this service's copies: the register (for campaigns and the
 * 360's supervisors) and the programs (for their evaluation questionnaires).
 */
@ApplicationScoped
public class ProgramsConsumer implements EventConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    ProgramsConsumer(Inbox inbox, RegisterReplica register, ProgramCopy programs) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder().include(register.handlers()).include(programs.handlers()).build();
    }

    @Override
    public String name() {
        return "programs";
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming("programs")
    @Blocking
    public void apply(ConsumerRecords<String, String> records) {
        inbox.apply(records, this);
    }
}
