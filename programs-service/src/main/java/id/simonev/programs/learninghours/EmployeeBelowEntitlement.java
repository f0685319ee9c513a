package id.simonev.programs.learninghours;

/** An employee still short of the 20 JP of the year, and by how much. */
public record EmployeeBelowEntitlement(String nip, String name, String position, long jpCredited, long jpShort) {
}
