package id.simonev.performance.period;

import id.simonev.performance.realisation.Period;
import id.simonev.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of an agency and its state. A period no one has verified yet has no row: it is RECORDED.
 * A LOCKED period freezes the figures of every indicator of the agency for it and for every period
 * inside it (a locked 2026-Q1 freezes 2026-01 to 2026-03 too).
 */
@Entity
@Table(name = "agency_period")
@IdClass(AgencyPeriod.Key.class)
public class AgencyPeriod extends PanacheEntityBase {

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Id
    public String period;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public PeriodState state;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "locked_at")
    public Instant lockedAt;

    @Column(name = "locked_by")
    public String lockedBy;

    @Column(name = "unlocked_at")
    public Instant unlockedAt;

    @Column(name = "unlocked_by")
    public String unlockedBy;

    @Column(name = "unlock_reason")
    public String unlockReason;

    static AgencyPeriod recorded(String agencyCode, String regionCode, Period period) {
        AgencyPeriod row = new AgencyPeriod();
        row.agencyCode = agencyCode;
        row.regionCode = regionCode;
        row.period = period.code();
        row.periodStart = period.start();
        row.periodEnd = period.end();
        row.state = PeriodState.RECORDED;
        return row;
    }

    void verify(String by, Instant at) {
        move(PeriodState.RECORDED, PeriodState.VERIFIED, "verified");
        verifiedBy = by;
        verifiedAt = at;
    }

    void lock(String by, Instant at) {
        move(PeriodState.VERIFIED, PeriodState.LOCKED, "locked");
        lockedBy = by;
        lockedAt = at;
    }

    /** Back to RECORDED: its figures may change again, and must be verified and locked anew. */
    void unlock(String by, Instant at, String reason) {
        move(PeriodState.LOCKED, PeriodState.RECORDED, "unlocked");
        unlockedBy = by;
        unlockedAt = at;
        unlockReason = reason;
    }

    /** Why a change to a figure of this locked period is refused. */
    String lockDetail() {
        return "Period " + period + " of agency " + agencyCode + " is LOCKED since " + lockedAt + ", by " + lockedBy
                + "; it takes no change until an admin unlocks it with a reason";
    }

    private void move(PeriodState from, PeriodState to, String verb) {
        if (state != from) {
            throw ProblemException.conflict("Period " + period + " of agency " + agencyCode + " is " + state
                    + "; it can be " + verb + " only when " + from + " (" + from + " -> " + to + ")");
        }
        state = to;
    }

    public record Key(String agencyCode, String period) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
