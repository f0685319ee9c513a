package id.simonev.programs.participant;

/**
 * Why a participant left a program before it ended. Evaluations found lack of time and lack of
 * relevance to be the main reasons people drop out, so offices count them.
 */
public enum WithdrawalReason {
    /** Beban kerja: the workload leaves no time. */
    WORKLOAD,
    SCHEDULE_CONFLICT,
    /** The program is not relevant to the participant's job. */
    NOT_RELEVANT,
    HEALTH,
    /** Mutasi: moved to another post or agency. */
    TRANSFER,
    /** Any other reason, told in the note. */
    OTHER
}
