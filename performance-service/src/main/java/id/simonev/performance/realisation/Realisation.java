package id.simonev.performance.realisation;

import id.simonev.performance.capaian.Direction;
import id.simonev.performance.indicator.Target;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Realisasi: what an agency achieved on one of its indicators in one period, against the period's target. */
@Entity
public class Realisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "indicator_id")
    public UUID indicatorId;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "region_code")
    public String regionCode;

    public String period;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    /** What capaian was computed against: the target, or for a range the bound passed (the realisation inside it). */
    public BigDecimal target;

    @Column(name = "target_lower")
    public BigDecimal targetLower;

    @Column(name = "target_upper")
    public BigDecimal targetUpper;

    public BigDecimal realisation;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    /** Percent at full precision. */
    public BigDecimal capaian;

    public String evidence;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The target of the period as it was set: a value, or a range. */
    public Target targetSet() {
        return targetLower == null ? Target.of(target) : Target.range(targetLower, targetUpper);
    }
}
