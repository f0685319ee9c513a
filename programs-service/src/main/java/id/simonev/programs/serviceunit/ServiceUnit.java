package id.simonev.programs.serviceunit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public-service unit (unit layanan) of an agency, e.g. a Puskesmas or a permit counter. */
@Entity
@Table(name = "service_unit")
public class ServiceUnit extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "agency_code")
    public String agencyCode;

    /** The agency's region. */
    @Column(name = "region_code")
    public String regionCode;

    /** How many people the unit serves in a year, when known: the N of the SKM minimum sample. */
    @Column(name = "yearly_service_users")
    public Integer yearlyServiceUsers;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;
}
