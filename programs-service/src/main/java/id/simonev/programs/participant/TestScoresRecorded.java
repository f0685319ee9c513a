package id.simonev.programs.participant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.simonev.programs.program.ProgramEvent;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A participant's pre-test and post-test scores (0-100) as they now stand; either may still be missing.
 * {@code region} is the program's region: the envelope carries it, {@code data} does not.
 */
public record TestScoresRecorded(@JsonIgnore String region, UUID programId, String nip, BigDecimal preTest,
                                 BigDecimal postTest) implements ProgramEvent {
}
