package id.simonev.reporting.ingest;

import id.simonev.inbox.EventHandlers;

/**
 * Keeps one read model up to date from events: the types it reads, the class each one's data is
 * read as, and the update it makes. Its handlers run once per event, inside the transaction that
 * records the event as applied; types it declares no handler for do not reach it.
 */
public interface Projection {

    EventHandlers handlers();
}
