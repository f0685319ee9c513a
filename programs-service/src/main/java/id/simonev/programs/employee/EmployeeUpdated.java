package id.simonev.programs.employee;

import id.simonev.platform.nip.Nip;

/** An employee of the register changed, moved to another agency, or was deactivated; carries the whole new state. */
public record EmployeeUpdated(String nip, String name, Nip.Gender gender, String agencyCode, String regionCode,
                              String position, EmploymentStatus status, PositionType positionType,
                              String rank, String supervisorNip, boolean active) implements EmployeeFact {

    static EmployeeUpdated of(Employee employee) {
        return new EmployeeUpdated(employee.nip, employee.name, employee.gender, employee.agencyCode,
                employee.regionCode, employee.position, employee.status, employee.positionType, employee.rank,
                employee.supervisorNip, employee.active);
    }
}
