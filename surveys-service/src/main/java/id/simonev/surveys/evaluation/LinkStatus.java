package id.simonev.surveys.evaluation;

/** Where a single-use link stands. */
public enum LinkStatus {
    /** Issued and waiting for its answer. */
    OPEN,
    /** Used: it takes no second answer. */
    ANSWERED,
    /** Its time ran out before it was used. */
    EXPIRED,
    /** A newer link replaced it before it was used. */
    REPLACED
}
