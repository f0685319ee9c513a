package id.simonev.performance.realisation;

/** Which way an indicator improves. */
public enum Direction {
    /** More is better: coverage, satisfaction, permits issued. */
    HIGHER_IS_BETTER,
    /** Less is better: waiting time, complaint response time. */
    LOWER_IS_BETTER
}
