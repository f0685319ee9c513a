package id.simonev.programs.program;

import id.simonev.platform.event.DomainEvent;
import java.time.LocalDate;
import java.util.UUID;

/** A program was put on the schedule of a region. */
public record ProgramScheduled(UUID programId, String code, String title, String regionCode, ProgramFormat format,
                               LocalDate startDate, LocalDate endDate, int jp) implements DomainEvent {

    static ProgramScheduled of(Program program) {
        return new ProgramScheduled(program.id, program.code, program.title, program.regionCode, program.format,
                program.startDate, program.endDate, program.jp);
    }
}
