package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.simonev.platform.event.DomainEvent;

/** The plan of a scheduled or running program changed; the event carries the whole new plan. */
public record ProgramUpdated(@JsonUnwrapped ProgramFacts program) implements DomainEvent {
}
