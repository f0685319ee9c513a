package id.simonev.programs.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One estimate of a program's benefits, entered by the office: the current one is the program's
 * latest ({@code number} highest), the earlier ones its history. An estimate never changes; a new
 * one replaces it.
 */
@Entity
@Table(name = "program_benefit_estimate")
public class BenefitEstimate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "program_id")
    public UUID programId;

    /** 1 for the program's first estimate, then one more for each that replaces the one before. */
    public int number;

    /** Rupiah. */
    public long amount;

    /** How the amount was estimated. */
    public String method;

    @Column(name = "estimated_at")
    public Instant estimatedAt;

    @Column(name = "estimated_by")
    public String estimatedBy;

    /** Whether {@code amount} and {@code method} (stripped) say what this estimate says already. */
    boolean says(long amount, String method) {
        return this.amount == amount && this.method.equals(method);
    }
}
