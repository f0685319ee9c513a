package id.simonev.performance.indicator;

import id.simonev.inbox.RegisterReplica;
import id.simonev.outbox.Outbox;
import id.simonev.performance.period.AgencyPeriodService;
import id.simonev.performance.realisation.Period;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IndicatorService {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name",
            "agencyCode", "agencyCode", "createdAt", "createdAt");

    private final IndicatorRepository indicators;
    private final TargetRepository targets;
    private final AgencyPeriodService periods;
    private final RegisterReplica register;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    IndicatorService(IndicatorRepository indicators, TargetRepository targets, AgencyPeriodService periods,
            RegisterReplica register, Outbox outbox, IdempotentRequests idempotentRequests) {
        this.indicators = indicators;
        this.targets = targets;
        this.periods = periods;
        this.register = register;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** Defines an indicator and announces it as {@code IndicatorDefined}. */
    @Transactional
    public IndicatorView define(NewIndicator request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "define indicator", request, IndicatorView.class,
                () -> defineOnce(request, caller));
    }

    /** {@link #define} without the idempotency key: what each row of an import does. */
    IndicatorView defineOnce(NewIndicator request, Caller caller) {
        RegisterReplica.KnownAgency agency = register.requireActiveAgency("agencyCode", request.agencyCode());
        caller.requireReference("agencyCode", "agency " + agency.code(), agency.regionCode());
        requireUnitOf("serviceUnitCode", request.serviceUnitCode(), agency.code());
        if (indicators.exists(agency.code(), request.code())) {
            throw ProblemException.conflict("Agency " + agency.code() + " already has an indicator " + request.code());
        }
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.code = request.code();
        indicator.name = request.name().strip();
        indicator.agencyCode = agency.code();
        indicator.serviceUnitCode = request.serviceUnitCode();
        indicator.regionCode = agency.regionCode();
        indicator.unit = request.unit();
        indicator.direction = request.direction();
        indicator.periodType = request.periodType();
        indicator.aggregation = request.aggregation();
        indicator.allowsAboveHundred = Boolean.TRUE.equals(request.allowsAboveHundred());
        indicator.active = true;
        indicator.createdAt = Instant.now();
        indicator.createdBy = caller.name();
        indicator.updatedAt = indicator.createdAt;
        indicators.persist(indicator);
        outbox.record(IndicatorDefined.of(indicator));
        return IndicatorView.of(indicator);
    }

    /**
     * Changes an indicator and announces it as {@code IndicatorUpdated}. What its figures mean stays
     * once it has them: no new unit, direction or above-100 rule once it has realisations (their
     * capaian was computed by them), no new period type once it has targets (they are of its periods).
     */
    @Transactional
    public IndicatorView change(UUID id, IndicatorChange request, Caller caller) {
        Indicator indicator = writable(id, caller);
        requireUnitOf("serviceUnitCode", request.serviceUnitCode(), indicator.agencyCode);
        boolean allowsAboveHundred = Boolean.TRUE.equals(request.allowsAboveHundred());
        List<String> fixed = new ArrayList<>();
        if (indicators.hasRealisations(id)) {
            if (request.unit() != indicator.unit) {
                fixed.add("unit");
            }
            if (request.direction() != indicator.direction) {
                fixed.add("direction");
            }
            if (allowsAboveHundred != indicator.allowsAboveHundred) {
                fixed.add("allowsAboveHundred");
            }
        }
        if (request.periodType() != indicator.periodType && targets.any(id)) {
            fixed.add("periodType");
        }
        if (!fixed.isEmpty()) {
            throw ProblemException.conflict("Indicator " + indicator.code + " of agency " + indicator.agencyCode
                    + " has targets or realisations computed with its present " + String.join(", ", fixed)
                    + "; those stay as they are (define a new indicator instead)");
        }
        indicator.name = request.name().strip();
        indicator.serviceUnitCode = request.serviceUnitCode();
        indicator.unit = request.unit();
        indicator.direction = request.direction();
        indicator.periodType = request.periodType();
        indicator.aggregation = request.aggregation();
        indicator.allowsAboveHundred = allowsAboveHundred;
        indicator.active = request.active();
        indicator.updatedAt = Instant.now();
        outbox.record(IndicatorUpdated.of(indicator));
        return IndicatorView.of(indicator);
    }

    /**
     * Sets the target of a period and announces it as {@code TargetSet}. A target whose period
     * already has a realisation is not changed (409): its capaian would change unseen; correct the
     * realisation, or define the target before recording.
     */
    @Transactional
    public TargetView setTarget(UUID id, String periodCode, NewTarget request, Caller caller) {
        return TargetView.of(setTarget(writable(id, caller), periodCode, request, caller).row());
    }

    /** What setting a target did, and the target as it now is. */
    record TargetSetting(IndicatorTarget row, Outcome outcome) {
    }

    /**
     * {@link #setTarget(UUID, String, NewTarget, Caller)} of an indicator the caller may change: the
     * same value again writes nothing and announces nothing (UNCHANGED).
     */
    TargetSetting setTarget(Indicator indicator, String periodCode, NewTarget request, Caller caller) {
        indicator.requireActive();
        Period period = Period.parse(periodCode)
                .orElseThrow(() -> ProblemException.invalid("period", Period.DESCRIPTION));
        Target target = target(indicator, request);
        indicator.requireTargetPeriod("period", period);
        periods.requireOpen(indicator.agencyCode, period);
        if (indicators.hasRealisation(indicator.id, period.code())) {
            throw ProblemException.conflict("Period " + period.code() + " of indicator " + indicator.code
                    + " has a realisation; its target stays as the realisation's capaian was computed against it");
        }
        Optional<IndicatorTarget> existing = targets.of(indicator.id, period.code());
        if (existing.isPresent() && existing.get().target().sameAs(target)) {
            return new TargetSetting(existing.get(), Outcome.UNCHANGED);
        }
        IndicatorTarget row = existing.orElseGet(IndicatorTarget::new);
        row.indicatorId = indicator.id;
        row.period = period.code();
        row.periodStart = period.start();
        row.periodEnd = period.end();
        row.value = target.value();
        row.lower = target.lower();
        row.upper = target.upper();
        row.setAt = Instant.now();
        row.setBy = caller.name();
        if (existing.isEmpty()) {
            targets.persist(row);
        }
        outbox.record(TargetSet.of(indicator, row));
        return new TargetSetting(row, existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
    }

    public Optional<TargetView> findTarget(UUID id, String periodCode, Caller caller) {
        visible(id, caller);
        return targets.of(id, periodCode).map(TargetView::of);
    }

    public IndicatorView find(UUID id, Caller caller) {
        return IndicatorView.of(visible(id, caller));
    }

    public Page<IndicatorView> list(IndicatorQuery query, PageRequest paging, Caller caller) {
        Filter filter = new Filter()
                .equal("agencyCode", query.agency)
                .equal("active", query.active)
                .inRegion("regionCode", query.region)
                .visibleTo("regionCode", caller);
        return paging.fetch(indicators.find(filter.query(), paging.sortAmong(SORTABLE, "code", "id"),
                filter.parameters()), IndicatorView::of);
    }

    /** An indicator the caller may see; a 404 problem otherwise, so that other regions' indicators stay unseen. */
    public Indicator visible(UUID id, Caller caller) {
        return indicators.findByIdOptional(id)
                .filter(indicator -> caller.covers(indicator.regionCode))
                .orElseThrow(() -> ProblemException.notFound("Indicator", id));
    }

    /** An indicator the caller may change: one of its regions. */
    public Indicator writable(UUID id, Caller caller) {
        Indicator indicator = visible(id, caller);
        caller.requireRegion(indicator.regionCode);
        return indicator;
    }

    /**
     * The indicator a file names by its agency and code, which the caller may change. Refusals name
     * {@code agencyCode} (not in the register, or in a region the token does not cover) or
     * {@code indicatorCode} (the agency has no such indicator); the region comes first, so that a
     * file tells nothing of other regions' indicators.
     */
    public Indicator writable(String agencyCode, String code, Caller caller) {
        RegisterReplica.KnownAgency agency = register.agency(agencyCode).orElseThrow(() ->
                ProblemException.unknownReference("agencyCode", "agency " + agencyCode + " is not in the register"));
        caller.requireReference("agencyCode", "agency " + agency.code(), agency.regionCode());
        return indicators.find("agencyCode = ?1 and code = ?2", agency.code(), code).firstResultOptional()
                .orElseThrow(() -> ProblemException.unknownReference("indicatorCode",
                        "agency " + agency.code() + " has no indicator " + code));
    }

    /** The target of the indicator's period; a 422 naming {@code field} when it has none. */
    public Target requireTarget(Indicator indicator, Period period, String field) {
        return targets.of(indicator.id, period.code()).map(IndicatorTarget::target)
                .orElseThrow(() -> Refused.unprocessable(field, "period " + period.code() + " of indicator "
                        + indicator.code + " has no target; set it first (PUT .../targets/" + period.code() + ")"));
    }

    /** The indicators of an agency, by code. */
    public List<Indicator> ofAgency(String agencyCode) {
        return indicators.list("agencyCode = ?1 order by code", agencyCode);
    }

    public List<IndicatorTarget> targetsWithin(Indicator indicator, Period window) {
        return targets.within(indicator.id, window.start(), window.end());
    }

    private Target target(Indicator indicator, NewTarget request) {
        boolean range = request.lower() != null || request.upper() != null;
        if (request.value() == null && !range) {
            throw ProblemException.invalid("value", "must be given, or lower and upper for a range");
        }
        if (request.value() != null && range) {
            throw ProblemException.invalid(request.lower() != null ? "lower" : "upper",
                    "must be left out when value is given: a target is a value or a range");
        }
        if (range && (request.lower() == null || request.upper() == null)) {
            throw ProblemException.invalid(request.lower() == null ? "lower" : "upper",
                    "must be given: a range has a lower and an upper bound");
        }
        if (range && request.lower().compareTo(request.upper()) >= 0) {
            throw ProblemException.invalid("upper", "must be greater than lower (" + request.lower() + ")");
        }
        String field = range ? "lower" : "value";
        BigDecimal least = range ? request.lower() : request.value();
        if (least.signum() == 0) {
            throw Refused.unprocessable(field, "must not be 0: capaian against a target of 0 is undefined");
        }
        indicator.requireValue(field, least);
        indicator.requireValue("upper", request.upper());
        return range ? Target.range(request.lower(), request.upper()) : Target.of(request.value());
    }

    private void requireUnitOf(String field, String serviceUnitCode, String agencyCode) {
        if (serviceUnitCode == null) {
            return;
        }
        RegisterReplica.KnownServiceUnit unit = register.requireActiveServiceUnit(field, serviceUnitCode);
        if (!unit.agencyCode().equals(agencyCode)) {
            throw Refused.unprocessable(field, "service unit " + unit.code() + " belongs to agency "
                    + unit.agencyCode() + ", not to " + agencyCode);
        }
    }
}
