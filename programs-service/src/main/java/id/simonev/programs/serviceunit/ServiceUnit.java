package id.simonev.programs.serviceunit;

import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.register.RegisterEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/** A public-service unit (unit layanan) of an agency, in its region, e.g. a Puskesmas or a permit counter. */
@Entity
@Table(name = "service_unit")
public class ServiceUnit extends RegisterEntity {

    @Id
    public String code;

    public String name;

    @Column(name = "agency_code")
    public String agencyCode;

    /** How many people the unit serves in a year, when known: the N of the SKM minimum sample. */
    @Column(name = "yearly_service_users")
    public Integer yearlyServiceUsers;

    /** A new, active unit of an agency, in that agency's region. */
    static ServiceUnit register(NewServiceUnit entry, String agencyRegion) {
        ServiceUnit unit = new ServiceUnit();
        unit.code = entry.code();
        unit.name = entry.name().strip();
        unit.agencyCode = entry.agencyCode();
        unit.yearlyServiceUsers = entry.yearlyServiceUsers();
        unit.registerIn(agencyRegion);
        return unit;
    }

    ServiceUnitRegistered registered() {
        return ServiceUnitRegistered.of(this);
    }

    /** Refuses, with a 400 problem on {@code agencyCode}, to move the unit: a unit stays with its agency. */
    void staysWith(String agency) {
        if (!agencyCode.equals(agency)) {
            throw ProblemException.invalid("agencyCode", "is " + agency + " but service unit " + code
                    + " belongs to agency " + agencyCode + "; a unit stays with its agency");
        }
    }

    /** Renames the unit or corrects its yearly users; the same values change nothing. */
    Optional<ServiceUnitUpdated> change(String newName, Integer newYearlyServiceUsers) {
        String stripped = newName.strip();
        if (name.equals(stripped) && Objects.equals(yearlyServiceUsers, newYearlyServiceUsers)) {
            return Optional.empty();
        }
        name = stripped;
        yearlyServiceUsers = newYearlyServiceUsers;
        return Optional.of(ServiceUnitUpdated.of(this));
    }

    /** Takes the unit out of use: its survey history stays, it takes no new responses. Again changes nothing. */
    Optional<ServiceUnitUpdated> deactivate() {
        return deactivate(() -> ServiceUnitUpdated.of(this));
    }

    @Override
    public String key() {
        return code;
    }
}
