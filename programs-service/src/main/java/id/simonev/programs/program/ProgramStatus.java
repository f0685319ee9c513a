package id.simonev.programs.program;

/** Where a program is in its life. */
public enum ProgramStatus {
    DRAFT, SCHEDULED, RUNNING, COMPLETED, CANCELLED
}
