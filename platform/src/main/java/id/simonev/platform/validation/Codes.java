package id.simonev.platform.validation;

/** The codes offices give things (program, service unit, agency, indicator codes): short, no spaces. */
public final class Codes {

    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._/-]*$";
    public static final String MESSAGE = "may hold letters, digits and . _ / - only";

    private Codes() {
    }
}
