package id.simonev.performance.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The target of an indicator for one period. */
@Entity
@Table(name = "indicator_target")
@IdClass(IndicatorTarget.Key.class)
public class IndicatorTarget extends PanacheEntityBase {

    @Id
    @Column(name = "indicator_id")
    public UUID indicatorId;

    @Id
    public String period;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public BigDecimal value;

    @Column(name = "lower_bound")
    public BigDecimal lower;

    @Column(name = "upper_bound")
    public BigDecimal upper;

    @Column(name = "set_at")
    public Instant setAt;

    @Column(name = "set_by")
    public String setBy;

    public Target target() {
        return new Target(value, lower, upper);
    }

    public record Key(UUID indicatorId, String period) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
