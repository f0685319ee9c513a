package id.simonev.programs.participant;

/** Where a participant stands in a program. */
public enum ParticipantStatus {
    ENROLLED, WITHDRAWN, COMPLETED, NOT_COMPLETED
}
