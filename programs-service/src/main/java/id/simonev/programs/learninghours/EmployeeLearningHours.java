package id.simonev.programs.learninghours;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JP credited to one employee in a year, program by program, and whether the 20 JP are reached. */
public record EmployeeLearningHours(String nip, String name, String agencyCode, int year, long jpCredited,
                                    int entitlement, boolean entitlementMet, List<CreditedProgram> programs) {

    public record CreditedProgram(UUID programId, String code, String title, LocalDate endDate, int jp) {
    }
}
