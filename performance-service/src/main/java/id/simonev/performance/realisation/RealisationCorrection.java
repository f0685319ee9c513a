package id.simonev.performance.realisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One correction of a realisation: the earlier value and the new one, who changed it, when and why. */
@Entity
@Table(name = "realisation_correction")
public class RealisationCorrection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "realisation_id")
    public UUID realisationId;

    @Column(name = "previous_value")
    public BigDecimal previousValue;

    @Column(name = "previous_capaian")
    public BigDecimal previousCapaian;

    @Column(name = "previous_evidence")
    public String previousEvidence;

    public BigDecimal value;

    public BigDecimal capaian;

    public String evidence;

    public String reason;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    @Column(name = "corrected_by")
    public String correctedBy;
}
