package id.simonev.reporting.ingest;

import id.simonev.inbox.EventHandlers;
import id.simonev.inbox.RegisterReplica;
import jakarta.enterprise.context.ApplicationScoped;

/** The register (regions, agencies, service units), for names and for telling an unknown region from an empty one. */
@ApplicationScoped
class RegisterProjection implements Projection {

    private final RegisterReplica register;

    RegisterProjection(RegisterReplica register) {
        this.register = register;
    }

    @Override
    public EventHandlers handlers() {
        return register.handlers();
    }
}
