package id.simonev.programs.participant;

/** Why a participant did not complete a program. */
public enum Shortfall {
    /** Attended less than 80% of the program's JP. */
    ATTENDANCE_BELOW_80_PERCENT,
    /** No post-test score was recorded. */
    NO_POST_TEST,
    /** The post-test score is below the program's passing score. */
    POST_TEST_BELOW_PASSING_SCORE
}
