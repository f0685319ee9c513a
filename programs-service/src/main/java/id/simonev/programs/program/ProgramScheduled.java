package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A draft program was put on the schedule: the first its region's reports hear of it. */
public record ProgramScheduled(@JsonUnwrapped ProgramFacts program) implements PlanEvent {
}
