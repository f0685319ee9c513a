package id.simonev.programs.employee;

import id.simonev.platform.nip.Nip;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** A civil servant (ASN) of an agency, known by NIP. */
@Entity
public class Employee extends PanacheEntityBase {

    @Id
    public String nip;

    public String name;

    @Enumerated(EnumType.STRING)
    public Nip.Gender gender;

    @Column(name = "agency_code")
    public String agencyCode;

    /** The agency's region. */
    @Column(name = "region_code")
    public String regionCode;

    /** Jabatan. */
    public String position;

    @Enumerated(EnumType.STRING)
    public EmploymentStatus status;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;
}
