package id.simonev.performance.indicator;

import id.simonev.performance.capaian.Aggregation;
import id.simonev.performance.capaian.Direction;
import id.simonev.performance.realisation.Period;
import id.simonev.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A key indicator (IKU) of an agency: what it measures, in which unit, which way is better, and per which period. */
@Entity
public class Indicator extends PanacheEntityBase {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    public UUID id;

    public String code;

    public String name;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "service_unit_code")
    public String serviceUnitCode;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public MeasureUnit unit;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public PeriodType periodType;

    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;

    @Column(name = "allows_above_hundred")
    public boolean allowsAboveHundred;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * Refuses (422 naming {@code field}) a value this indicator cannot hold: a percent outside 0-100
     * unless the indicator allows more.
     */
    public void requireValue(String field, BigDecimal value) {
        if (value != null && unit == MeasureUnit.PERCENT && !allowsAboveHundred && value.compareTo(HUNDRED) > 0) {
            throw Refused.unprocessable(field, "must be within 0-100: indicator " + code
                    + " is a PERCENT that does not allow values above 100");
        }
    }

    /** Refuses (422 naming {@code field}) a period shorter than the indicator's own. */
    public void requireTargetPeriod(String field, Period period) {
        if (!PeriodType.of(period).atLeast(periodType)) {
            throw Refused.unprocessable(field, "must be a " + periodType + " or a longer period: indicator " + code
                    + " is measured per " + periodType + ", and " + period.code() + " is a " + PeriodType.of(period));
        }
    }

    /** Refuses (422 naming {@code field}) a realisation of a period that is not one of the indicator's own. */
    public void requireOwnPeriod(String field, Period period) {
        if (PeriodType.of(period) != periodType) {
            throw Refused.unprocessable(field, "must be a " + periodType + ": indicator " + code
                    + " is measured per " + periodType + ", and " + period.code() + " is a " + PeriodType.of(period));
        }
    }

    /** Refuses (409) any new figure for a retired indicator. */
    public void requireActive() {
        if (!active) {
            throw ProblemException.conflict("Indicator " + code + " of agency " + agencyCode
                    + " is retired; it takes no targets or realisations");
        }
    }
}
