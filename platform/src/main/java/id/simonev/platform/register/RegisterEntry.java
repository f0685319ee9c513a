package id.simonev.platform.register;

/**
 * An entry of a register or catalogue (a region, an agency, a service unit, an employee; later an
 * instrument or an indicator): known by its key, kept in a region, and seen and changed only by
 * callers who cover that region.
 */
public interface RegisterEntry {

    /** The key it is known by: a code, a NIP. */
    String key();

    /** The region whose callers may see and change it. */
    String regionCode();
}
