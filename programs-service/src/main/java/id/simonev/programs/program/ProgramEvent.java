package id.simonev.programs.program;

import id.simonev.platform.event.DomainEvent;
import java.util.UUID;

/**
 * A fact about a program or its participants, keyed by the program so that everything that
 * happens in one program reaches consumers in the order it happened, and placed in the
 * program's region.
 */
public interface ProgramEvent extends DomainEvent {

    UUID programId();

    @Override
    default String aggregateId() {
        return programId().toString();
    }
}
