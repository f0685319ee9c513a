package id.simonev.reporting.ingest;

import id.simonev.inbox.RegionReplica;
import id.simonev.platform.event.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;

/** The region register, for names and for telling a region without data from an unknown one. */
@ApplicationScoped
class RegionProjection implements Projection {

    private final RegionReplica regions;

    RegionProjection(RegionReplica regions) {
        this.regions = regions;
    }

    @Override
    public void apply(EventEnvelope event) {
        if (RegionReplica.handles(event)) {
            regions.apply(event);
        }
    }
}
