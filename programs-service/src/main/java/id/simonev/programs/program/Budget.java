package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A program's budget (anggaran) in rupiah: planned, realised by its expense lines, what remains
 * (negative when overspent), and the realised cost per participant and per completed participant
 * (rounded to whole rupiah; absent while there is nobody to divide by).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Budget(long planned, long realised, long remaining, Long costPerParticipant,
                     Long costPerCompletedParticipant) {

    public static Budget of(long planned, long realised, long participants, long completed) {
        return new Budget(planned, realised, planned - realised, perHead(realised, participants),
                perHead(realised, completed));
    }

    private static Long perHead(long realised, long heads) {
        return heads == 0 ? null
                : BigDecimal.valueOf(realised).divide(BigDecimal.valueOf(heads), 0, RoundingMode.HALF_UP).longValue();
    }
}
