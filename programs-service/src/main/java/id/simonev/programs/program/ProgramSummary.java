package id.simonev.programs.program;

import java.time.LocalDate;
import java.util.UUID;

/** A program in a list. */
public record ProgramSummary(UUID id, String code, String title, String regionCode, ProgramFormat format,
                             CompetencyType competencyType, String organisingAgencyCode, LocalDate startDate,
                             LocalDate endDate, int jp, int capacity, ProgramStatus status) {

    static ProgramSummary of(Program program) {
        return new ProgramSummary(program.id, program.code, program.title, program.regionCode, program.format,
                program.competencyType, program.organisingAgencyCode, program.startDate, program.endDate,
                program.jp, program.capacity, program.status);
    }
}
