package id.simonev.programs.agency;

import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.register.RegisterEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** An agency (instansi / OPD) of a region, e.g. Dinas Kesehatan Kota Makassar. */
@Entity
public class Agency extends PanacheEntityBase implements RegisterEntry {

    @Id
    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    /** A new, active agency of the entry's region. */
    static Agency register(NewAgency entry) {
        Agency agency = new Agency();
        agency.code = entry.code();
        agency.name = entry.name().strip();
        agency.regionCode = entry.regionCode();
        agency.active = true;
        agency.createdAt = Instant.now();
        return agency;
    }

    AgencyRegistered registered() {
        return AgencyRegistered.of(this);
    }

    /** Refuses, with a 400 problem on {@code regionCode}, to move the agency: an agency stays in its region. */
    void staysIn(String region) {
        if (!regionCode.equals(region)) {
            throw ProblemException.invalid("regionCode", "is " + region + " but agency " + code
                    + " is in region " + regionCode + "; an agency stays in its region");
        }
    }

    /** Renames the agency; the same name changes nothing. */
    Optional<AgencyUpdated> rename(String newName) {
        String stripped = newName.strip();
        if (name.equals(stripped)) {
            return Optional.empty();
        }
        name = stripped;
        return Optional.of(AgencyUpdated.of(this));
    }

    /** Takes the agency out of use: it stays for what refers to it. Again changes nothing. */
    Optional<AgencyUpdated> deactivate() {
        if (!active) {
            return Optional.empty();
        }
        active = false;
        return Optional.of(AgencyUpdated.of(this));
    }

    @Override
    public String key() {
        return code;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }
}
