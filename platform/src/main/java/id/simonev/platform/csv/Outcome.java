package id.simonev.platform.csv;

/** What writing one entry did. */
public enum Outcome {
    CREATED,
    UPDATED,
    /** The entry already held exactly this: nothing was written, no event emitted. */
    UNCHANGED
}
