package id.simonev.performance.period;

import id.simonev.inbox.RegisterReplica;
import id.simonev.outbox.Outbox;
import id.simonev.performance.realisation.Period;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
public class AgencyPeriodService {

    private final AgencyPeriodRepository periods;
    private final RegisterReplica register;
    private final Outbox outbox;

    AgencyPeriodService(AgencyPeriodRepository periods, RegisterReplica register, Outbox outbox) {
        this.periods = periods;
        this.register = register;
        this.outbox = outbox;
    }

    @Transactional
    public AgencyPeriodView verify(String agencyCode, String periodCode, Caller caller) {
        AgencyPeriod row = row(agencyCode, periodCode, caller);
        row.verify(caller.name(), Instant.now());
        outbox.record(new PeriodVerified(row.agencyCode, row.regionCode, row.period, row.periodStart, row.periodEnd,
                row.verifiedAt));
        return AgencyPeriodView.of(row);
    }

    @Transactional
    public AgencyPeriodView lock(String agencyCode, String periodCode, Caller caller) {
        AgencyPeriod row = row(agencyCode, periodCode, caller);
        row.lock(caller.name(), Instant.now());
        outbox.record(new PeriodLocked(row.agencyCode, row.regionCode, row.period, row.periodStart, row.periodEnd,
                row.lockedAt));
        return AgencyPeriodView.of(row);
    }

    @Transactional
    public AgencyPeriodView unlock(String agencyCode, String periodCode, Unlock unlock, Caller caller) {
        AgencyPeriod row = row(agencyCode, periodCode, caller);
        row.unlock(caller.name(), Instant.now(), unlock.reason().strip());
        outbox.record(new PeriodUnlocked(row.agencyCode, row.regionCode, row.period, row.periodStart, row.periodEnd,
                row.unlockedAt));
        return AgencyPeriodView.of(row);
    }

    public AgencyPeriodView find(String agencyCode, String periodCode, Caller caller) {
        String region = agencyRegion(agencyCode);
        caller.requireRegion(region);
        Period period = parse(periodCode);
        return AgencyPeriodView.of(periods.findByIdOptional(new AgencyPeriod.Key(agencyCode, period.code()))
                .orElseGet(() -> AgencyPeriod.recorded(agencyCode, region, period)));
    }

    /**
     * Refuses (409) a change to a figure of the agency for {@code period} while a lock holds it: a
     * lock of that very period or of a longer one containing it.
     */
    public void requireOpen(String agencyCode, Period period) {
        periods.lockHolding(agencyCode, period.start(), period.end()).ifPresent(lock -> {
            throw ProblemException.conflict(lock.lockDetail());
        });
    }

    /** The state of the agency's figures for {@code period}: LOCKED while a lock holds it, else its own state. */
    public PeriodState stateOf(String agencyCode, Period period) {
        if (periods.lockHolding(agencyCode, period.start(), period.end()).isPresent()) {
            return PeriodState.LOCKED;
        }
        return periods.findByIdOptional(new AgencyPeriod.Key(agencyCode, period.code()))
                .map(row -> row.state).orElse(PeriodState.RECORDED);
    }

    private AgencyPeriod row(String agencyCode, String periodCode, Caller caller) {
        String region = agencyRegion(agencyCode);
        caller.requireRegion(region);
        Period period = parse(periodCode);
        return periods.findByIdOptional(new AgencyPeriod.Key(agencyCode, period.code())).orElseGet(() -> {
            AgencyPeriod row = AgencyPeriod.recorded(agencyCode, region, period);
            periods.persist(row);
            return row;
        });
    }

    /** The region of an agency of the register, active or not; a 404 problem when it has none. */
    public String agencyRegion(String agencyCode) {
        return register.agency(agencyCode).map(RegisterReplica.KnownAgency::regionCode)
                .orElseThrow(() -> ProblemException.notFound("Agency", agencyCode));
    }

    private static Period parse(String code) {
        return Period.parse(code).orElseThrow(() -> ProblemException.invalid("period", Period.DESCRIPTION));
    }
}
