package id.simonev.programs.participant;

import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** An employee took a place in a program. */
public record ParticipantEnrolled(UUID programId, String nip, String name, String agencyCode, String regionCode,
                                  Instant enrolledAt) implements DomainEvent {
}
