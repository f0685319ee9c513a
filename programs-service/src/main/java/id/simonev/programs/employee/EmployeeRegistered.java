package id.simonev.programs.employee;

import id.simonev.platform.nip.Nip;

/** A civil servant entered the register. */
public record EmployeeRegistered(String nip, String name, Nip.Gender gender, String agencyCode, String regionCode,
                                 String position, EmploymentStatus status, PositionType positionType,
                                 String rank, String supervisorNip, boolean active) implements EmployeeFact {

    static EmployeeRegistered of(Employee employee) {
        return new EmployeeRegistered(employee.nip, employee.name, employee.gender, employee.agencyCode,
                employee.regionCode, employee.position, employee.status, employee.positionType, employee.rank,
                employee.supervisorNip, employee.active);
    }
}
