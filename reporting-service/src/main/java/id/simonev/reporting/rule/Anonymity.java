package id.simonev.reporting.rule;

/**
 * Answers are anonymous in every result: a figure drawn from fewer than {@link #MIN_RESPONDENTS}
 * respondents is not shown (its count is), so that a trainer cannot tell who said what.
 */
public final class Anonymity {

    public static final int MIN_RESPONDENTS = 3;

    private Anonymity() {
    }

    public static boolean shows(long respondents) {
        return respondents >= MIN_RESPONDENTS;
    }
}
