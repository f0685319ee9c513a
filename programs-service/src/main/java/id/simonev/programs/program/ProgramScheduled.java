package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;

/** A draft program was put on the schedule: the first its region's reports hear of it. */
public record ProgramScheduled(@JsonUnwrapped ProgramFacts program) implements ProgramEvent {

    @Override
    public UUID programId() {
        return program.programId();
    }

    @Override
    public String region() {
        return program.regionCode();
    }
}
