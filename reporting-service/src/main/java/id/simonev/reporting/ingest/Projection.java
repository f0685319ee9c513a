package id.simonev.reporting.ingest;

import id.simonev.platform.event.EventEnvelope;

/**
 * Keeps one read model up to date from events. Called once per event, inside the transaction
 * that records the event as applied; it ignores the types it does not use.
 */
public interface Projection {

    void apply(EventEnvelope event);
}
