package id.simonev.outbox;

import id.simonev.platform.event.DomainEvent;

/** An event for the outbox's tests, keyed by its note. */
record NoteWritten(String noteId, String text) implements DomainEvent {

    @Override
    public String aggregateId() {
        return noteId;
    }

    @Override
    public String region() {
        return "53.71";
    }
}
