package id.simonev.programs.program;

import java.util.UUID;

/** A fact that carries a program's whole plan, keyed by the program and placed in its region. */
interface PlanEvent extends ProgramEvent {

    ProgramFacts program();

    @Override
    default UUID programId() {
        return program().programId();
    }

    @Override
    default String region() {
        return program().regionCode();
    }
}
