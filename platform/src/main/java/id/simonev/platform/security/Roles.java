package id.simonev.platform.security;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {

    /** Does everything, in every region. */
    public static final String ADMIN = "admin";
    /** Writes, only in the regions of the token's {@code regions} claim. */
    public static final String OPERATOR = "operator";
    /** Reads reports; of writes, only the estimate of a program's benefits, which is an evaluation's own. */
    public static final String ANALYST = "analyst";

    private Roles() {
    }
}
