package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The plan of a scheduled or running program changed; the event carries the whole new plan. */
public record ProgramUpdated(@JsonUnwrapped ProgramFacts program) implements PlanEvent {
}
