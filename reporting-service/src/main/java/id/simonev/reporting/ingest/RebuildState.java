package id.simonev.reporting.ingest;

/** Where a rebuild of the read models is. */
public enum RebuildState {
    /** Reading the topics from their beginning into the new tables; the current ones answer. */
    RUNNING,
    /** Caught up: the live consumer is held for a moment while the new tables take over. */
    SWAPPING,
    /** The rebuilt tables answer. */
    DONE,
    /** Stopped; the current tables still answer, and the reason says why. */
    FAILED
}
