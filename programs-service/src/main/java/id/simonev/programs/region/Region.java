package id.simonev.programs.region;

import id.simonev.platform.register.RegisterEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Optional;

/** A province or kabupaten/kota of the register, keyed by its Kemendagri code. */
@Entity
public class Region extends PanacheEntityBase implements RegisterEntry {

    @Id
    public String code;

    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    /** A new province, or kabupaten/kota of the province its code begins with. */
    static Region register(NewRegion entry) {
        Region region = new Region();
        region.code = entry.code();
        region.name = entry.name().strip();
        region.parentCode = entry.parentCode();
        return region;
    }

    RegionRegistered registered() {
        return RegionRegistered.of(this);
    }

    /** Renames the region; the same name changes nothing. */
    Optional<RegionUpdated> rename(String newName) {
        String stripped = newName.strip();
        if (name.equals(stripped)) {
            return Optional.empty();
        }
        name = stripped;
        return Optional.of(RegionUpdated.of(this));
    }

    @Override
    public String key() {
        return code;
    }

    /** A region is its own scope: a caller who covers its code sees and changes it. */
    @Override
    public String regionCode() {
        return code;
    }
}
