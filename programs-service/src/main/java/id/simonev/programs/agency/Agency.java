package id.simonev.programs.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An agency (instansi / OPD) of a region, e.g. Dinas Kesehatan Kota Makassar. */
@Entity
public class Agency extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;
}
