package id.simonev.programs.participant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.simonev.programs.program.ProgramEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The program completed, and this is how it ended for one participant: completed or not (and
 * why not), the JP credited to them in {@code year}, their attendance and test scores.
 * {@code region} is the program's region: the envelope carries it, {@code data} does not.
 */
public record ParticipantCompleted(@JsonIgnore String region, UUID programId, String nip, String agencyCode,
                                   String regionCode, boolean completed, List<Shortfall> shortfalls, int attendedJp,
                                   int programJp, BigDecimal preTest, BigDecimal postTest, BigDecimal passingScore,
                                   int jpCredited, int year) implements ProgramEvent {
}
