package id.simonev.programs.participant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.simonev.programs.program.ProgramEvent;
import java.util.UUID;

/**
 * A participant's presence at one session was recorded; with the JP they have attended so far.
 * {@code region} is the program's region: the envelope carries it, {@code data} does not.
 */
public record AttendanceRecorded(@JsonIgnore String region, UUID programId, String nip, int session,
                                 boolean present, int attendedJp, int programJp) implements ProgramEvent {
}
