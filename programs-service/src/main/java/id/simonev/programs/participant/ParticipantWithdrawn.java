package id.simonev.programs.participant;

import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** A participant left a program before it ended, for a reason offices count. */
public record ParticipantWithdrawn(UUID programId, String nip, String agencyCode, WithdrawalReason reason,
                                   String note, Instant withdrawnAt) implements DomainEvent {
}
