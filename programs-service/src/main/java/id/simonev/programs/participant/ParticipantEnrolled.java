package id.simonev.programs.participant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.simonev.programs.program.ProgramEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An employee took a place in a program.
 * {@code region} is the program's region: the envelope carries it, {@code data} does not.
 */
public record ParticipantEnrolled(@JsonIgnore String region, UUID programId, String nip, String name,
                                  String agencyCode, String regionCode, Instant enrolledAt) implements ProgramEvent {
}
