package id.simonev.programs.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A province or kabupaten/kota of the register, keyed by its Kemendagri code. */
@Entity
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "parent_code")
    public String parentCode;
}
