package id.simonev.platform.register;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every entity of a register that is kept in a region and deactivated rather than deleted
 * holds (an agency, a service unit, an employee; later an instrument or an indicator): its region,
 * whether it is still in use, and when it was registered. Each entity adds its own columns and
 * verbs, and answers the fact each of them produced.
 */
@MappedSuperclass
public abstract class RegisterEntity extends PanacheEntityBase implements RegisterEntry {

    /** The region whose callers may see and change it. */
    @Column(name = "region_code")
    public String regionCode;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Starts the life of a new entry of {@code region}: active from now. */
    protected void registerIn(String region) {
        regionCode = region;
        active = true;
        createdAt = Instant.now();
    }

    /** Moves the entry to another region, as an employee's transfer to another agency does. */
    protected void moveTo(String region) {
        regionCode = region;
    }

    /**
     * Takes the entry out of use: it stays for what refers to it, but takes nothing new. Answers
     * {@code updated}, the fact of its new state; again, it changes and answers nothing.
     */
    protected <F> Optional<F> deactivate(Supplier<F> updated) {
        if (!active) {
            return Optional.empty();
        }
        active = false;
        return Optional.of(updated.get());
    }

    @Override
    public String regionCode() {
        return regionCode;
    }
}
