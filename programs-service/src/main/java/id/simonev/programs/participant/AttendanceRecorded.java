package id.simonev.programs.participant;

import id.simonev.platform.event.DomainEvent;
import java.util.UUID;

/** A participant's presence at one session was recorded; with the JP they have attended so far. */
public record AttendanceRecorded(UUID programId, String nip, int session, boolean present, int attendedJp,
                                 int programJp) implements DomainEvent {
}
