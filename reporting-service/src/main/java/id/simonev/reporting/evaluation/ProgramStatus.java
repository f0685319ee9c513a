package id.simonev.reporting.evaluation;

/** Where a program is in its life, as programs-service's events say: a filter of the region's program list. */
public enum ProgramStatus {
    DRAFT, SCHEDULED, RUNNING, COMPLETED, CANCELLED
}
