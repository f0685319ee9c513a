package id.simonev.inbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps a service's copy of the register from programs-service's topic, for a service that only
 * needs the register from there (it sets {@code simonev.inbox.replicate-register=true} and
 * configures the {@code register} channel); the other events on that topic are not its business.
 */
@ApplicationScoped
@IfBuildProperty(name = "simonev.inbox.replicate-register", stringValue = "true")
public class RegisterConsumer implements EventConsumer {

    private final Inbox inbox;
    private final RegisterReplica register;

    RegisterConsumer(Inbox inbox, RegisterReplica register) {
        this.inbox = inbox;
        this.register = register;
    }

    @Override
    public String name() {
        return "register";
    }

    @Override
    public EventHandlers handlers() {
        return register.handlers();
    }

    @Incoming("register")
    @Blocking
    public void apply(ConsumerRecords<String, String> records) {
        inbox.apply(records, this);
    }
}
