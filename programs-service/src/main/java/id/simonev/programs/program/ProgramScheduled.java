package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.simonev.platform.event.DomainEvent;

/** A draft program was put on the schedule: the first its region's reports hear of it. */
public record ProgramScheduled(@JsonUnwrapped ProgramFacts program) implements DomainEvent {
}
