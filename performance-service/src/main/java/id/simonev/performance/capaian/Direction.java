package id.simonev.performance.capaian;

/** Which way an indicator improves: it decides the formula of its {@link Capaian}. */
public enum Direction {
    /** More is better: coverage, satisfaction, permits issued. */
    HIGHER_IS_BETTER,
    /** Less is better: waiting time, complaint response time. */
    LOWER_IS_BETTER
}
