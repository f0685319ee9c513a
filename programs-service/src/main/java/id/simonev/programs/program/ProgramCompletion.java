package id.simonev.programs.program;

/**
 * Fired (synchronously, in the transaction that completes the program) so that each participant's
 * completion is decided together with the program's.
 */
public record ProgramCompletion(Program program) {
}
