package id.simonev.programs.employee;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.register.RegisterEntity;
import id.simonev.programs.agency.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Objects;
import java.util.Optional;

/** A civil servant (ASN) of an agency, known by NIP, in the agency's region. */
@Entity
public class Employee extends RegisterEntity {

    @Id
    public String nip;

    public String name;

    @Enumerated(EnumType.STRING)
    public Nip.Gender gender;

    @Column(name = "agency_code")
    public String agencyCode;

    /** Jabatan. */
    public String position;

    @Enumerated(EnumType.STRING)
    public EmploymentStatus status;

    /** Jenis jabatan; null where the register was not told. */
    @Enumerated(EnumType.STRING)
    @Column(name = "position_type")
    public PositionType positionType;

    /** Golongan, of the status's scale ({@link EmploymentStatus#ranks}); null where the register was not told. */
    public String rank;

    /** NIP of the atasan langsung (direct supervisor), another employee; null where the register was not told. */
    @Column(name = "supervisor_nip")
    public String supervisorNip;

    /** A new, active civil servant of {@code agency}, whose gender is the NIP's. */
    static Employee register(Nip nip, NewEmployee entry, Agency agency) {
        Employee employee = new Employee();
        employee.nip = nip.value();
        employee.name = entry.name().strip();
        employee.gender = nip.gender();
        employee.agencyCode = agency.code;
        employee.position = entry.position();
        employee.status = entry.status();
        employee.positionType = entry.positionType();
        employee.rank = entry.rank();
        employee.supervisorNip = entry.supervisorNip();
        employee.registerIn(agency.regionCode);
        return employee;
    }

    EmployeeRegistered registered() {
        return EmployeeRegistered.of(this);
    }

    /**
     * Takes the entry's name, position, status, jenis jabatan, golongan and supervisor, and with
     * {@code joined} another agency (a transfer, into that agency's region); the same values in
     * the same agency change nothing.
     */
    Optional<EmployeeUpdated> change(NewEmployee entry, Agency joined) {
        String newName = entry.name().strip();
        if (joined == null && name.equals(newName) && Objects.equals(position, entry.position())
                && status == entry.status() && positionType == entry.positionType()
                && Objects.equals(rank, entry.rank()) && Objects.equals(supervisorNip, entry.supervisorNip())) {
            return Optional.empty();
        }
        name = newName;
        if (joined != null) {
            agencyCode = joined.code;
            moveTo(joined.regionCode);
        }
        position = entry.position();
        status = entry.status();
        positionType = entry.positionType();
        rank = entry.rank();
        supervisorNip = entry.supervisorNip();
        return Optional.of(EmployeeUpdated.of(this));
    }

    /** Takes the employee out of use (retired, left the service): the history stays. Again changes nothing. */
    Optional<EmployeeUpdated> deactivate() {
        return deactivate(() -> EmployeeUpdated.of(this));
    }

    @Override
    public String key() {
        return nip;
    }
}
