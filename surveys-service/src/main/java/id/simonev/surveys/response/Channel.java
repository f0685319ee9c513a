package id.simonev.surveys.response;

/** How a response came in. */
public enum Channel {
    /** A citizen answered through the campaign's link or QR code. */
    PUBLIC,
    /** An operator entered a paper form, one by one or from a file. */
    PAPER,
    /** Stored before campaigns existed and moved into one by the migration. */
    MIGRATED
}
