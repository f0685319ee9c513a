package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;

/** The plan of a scheduled or running program changed; the event carries the whole new plan. */
public record ProgramUpdated(@JsonUnwrapped ProgramFacts program) implements ProgramEvent {

    @Override
    public UUID programId() {
        return program.programId();
    }

    @Override
    public String region() {
        return program.regionCode();
    }
}
