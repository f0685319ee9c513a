package id.simonev.inbox;

/** Whether a dead letter still waits for a replay, or a replay has applied it. */
public enum DeadLetterStatus {
    PENDING,
    REPLAYED
}
