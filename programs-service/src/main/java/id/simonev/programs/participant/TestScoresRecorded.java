package id.simonev.programs.participant;

import id.simonev.platform.event.DomainEvent;
import java.math.BigDecimal;
import java.util.UUID;

/** A participant's pre-test and post-test scores (0-100) as they now stand; either may still be missing. */
public record TestScoresRecorded(UUID programId, String nip, BigDecimal preTest, BigDecimal postTest)
        implements DomainEvent {
}
