package id.simonev.programs.agency;

import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.register.RegisterEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Optional;

/** An agency (instansi / OPD) of a region, e.g. Dinas Kesehatan Kota Makassar. */
@Entity
public class Agency extends RegisterEntity {

    @Id
    public String code;

    public String name;

    /** A new, active agency of the entry's region. */
    static Agency register(NewAgency entry) {
        Agency agency = new Agency();
        agency.code = entry.code();
        agency.name = entry.name().strip();
        agency.registerIn(entry.regionCode());
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
        return deactivate(() -> AgencyUpdated.of(this));
    }

    @Override
    public String key() {
        return code;
    }
}
