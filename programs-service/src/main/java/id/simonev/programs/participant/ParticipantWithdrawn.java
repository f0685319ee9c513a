package id.simonev.programs.participant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.simonev.programs.program.ProgramEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant left a program before it ended, for a reason offices count.
 * {@code region} is the program's region: the envelope carries it, {@code data} does not.
 */
public record ParticipantWithdrawn(@JsonIgnore String region, UUID programId, String nip, String agencyCode,
                                   WithdrawalReason reason, String note, Instant withdrawnAt) implements ProgramEvent {
}
