package id.simonev.platform.security;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {

    /** Does everything, in every region. */
    public static final String ADMIN = "admin";
    /** Writes, only in the regions of the token's {@code regions} claim. */
    public static final String OPERATOR = "operator";
    /** Reads reports. */
    public static final String ANALYST = "analyst";

    private Roles() {
    }
}
