package id.simonev.programs.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ProgramView(UUID id, String code, String title, String regionCode, ProgramFormat format,
                          LocalDate startDate, LocalDate endDate, int jp, ProgramStatus status, Instant createdAt) {

    static ProgramView of(Program program) {
        return new ProgramView(program.id, program.code, program.title, program.regionCode, program.format,
                program.startDate, program.endDate, program.jp, program.status, program.createdAt);
    }
}
