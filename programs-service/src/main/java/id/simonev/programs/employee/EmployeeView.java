package id.simonev.programs.employee;

import id.simonev.platform.nip.Nip;
import java.time.Instant;

public record EmployeeView(String nip, String name, Nip.Gender gender, String agencyCode, String regionCode,
                           String position, EmploymentStatus status, PositionType positionType, String rank,
                           String supervisorNip, boolean active, Instant createdAt) {

    static EmployeeView of(Employee employee) {
        return new EmployeeView(employee.nip, employee.name, employee.gender, employee.agencyCode,
                employee.regionCode, employee.position, employee.status, employee.positionType, employee.rank,
                employee.supervisorNip, employee.active, employee.createdAt);
    }
}
