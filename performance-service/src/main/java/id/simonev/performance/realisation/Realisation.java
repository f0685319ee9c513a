package id.simonev.performance.realisation;

import id.simonev.performance.capaian.Direction;
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

/** Realisasi: what an agency achieved on one indicator in one period. */
@Entity
public class Realisation extends PanacheEntityBase {

    @Id
    public UUID id;

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

    public BigDecimal target;

    public BigDecimal realisation;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    /** Percent at full precision. */
    public BigDecimal capaian;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
