package id.simonev.performance.realisation;

import id.simonev.outbox.Outbox;
import id.simonev.performance.capaian.Capaian;
import id.simonev.performance.indicator.Indicator;
import id.simonev.performance.indicator.IndicatorService;
import id.simonev.performance.indicator.Target;
import id.simonev.performance.period.AgencyPeriodService;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.OptionalText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RealisationService {

    private final RealisationRepository realisations;
    private final IndicatorService indicators;
    private final AgencyPeriodService periods;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    RealisationService(RealisationRepository realisations, IndicatorService indicators, AgencyPeriodService periods,
            Outbox outbox, IdempotentRequests idempotentRequests) {
        this.realisations = realisations;
        this.indicators = indicators;
        this.periods = periods;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** Records a realisation against its period's target and announces it as {@code RealisationRecorded}. */
    @Transactional
    public RealisationView record(UUID indicatorId, NewRealisation request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "record realisation " + indicatorId, request,
                RealisationView.class, () -> recordOnce(indicators.writable(indicatorId, caller), request, caller));
    }

    /**
     * {@link #record} of an indicator the caller may change, without the idempotency key: what each
     * row of an import does.
     */
    RealisationView recordOnce(Indicator indicator, NewRealisation request, Caller caller) {
        indicator.requireActive();
        Period period = parse(request.period());
        indicator.requireOwnPeriod("period", period);
        indicator.requireValue("value", request.value());
        periods.requireOpen(indicator.agencyCode, period);
        if (realisations.of(indicator.id, period.code()).isPresent()) {
            throw ProblemException.conflict("The realisation of indicator " + indicator.code + " for " + period.code()
                    + " is already recorded; correct it with PUT .../realisations/" + period.code());
        }
        Target target = indicators.requireTarget(indicator, period, "period");
        Realisation realisation = new Realisation();
        realisation.id = UUID.randomUUID();
        realisation.indicatorId = indicator.id;
        realisation.indicatorCode = indicator.code;
        realisation.agencyCode = indicator.agencyCode;
        realisation.regionCode = indicator.regionCode;
        realisation.period = period.code();
        realisation.periodStart = period.start();
        realisation.periodEnd = period.end();
        realisation.targetLower = target.lower();
        realisation.targetUpper = target.upper();
        realisation.direction = indicator.direction;
        realisation.evidence = OptionalText.stripped(request.evidence());
        realisation.recordedAt = Instant.now();
        realisation.recordedBy = caller.name();
        reach(realisation, target, request.value());
        realisations.persist(realisation);
        outbox.record(RealisationRecorded.of(realisation, indicator.unit));
        return RealisationView.of(realisation, List.of());
    }

    /**
     * Corrects a realisation, keeping the earlier value, evidence and capaian with who, when and
     * why, and announces it as {@code RealisationCorrected}. Capaian is computed anew against the
     * target the realisation was recorded with (a target with a realisation does not change).
     */
    @Transactional
    public RealisationView correct(UUID indicatorId, String periodCode, Correction request, Caller caller) {
        Indicator indicator = indicators.writable(indicatorId, caller);
        Period period = parse(periodCode);
        Realisation realisation = realisations.of(indicatorId, period.code())
                .orElseThrow(() -> ProblemException.notFound("Realisation of period", period.code()));
        indicator.requireValue("value", request.value());
        periods.requireOpen(indicator.agencyCode, period);
        RealisationCorrection correction = new RealisationCorrection();
        correction.id = UUID.randomUUID();
        correction.realisationId = realisation.id;
        correction.previousValue = realisation.realisation;
        correction.previousCapaian = realisation.capaian;
        correction.previousEvidence = realisation.evidence;
        correction.reason = request.reason().strip();
        correction.correctedAt = Instant.now();
        correction.correctedBy = caller.name();
        reach(realisation, realisation.targetSet(), request.value());
        String evidence = OptionalText.stripped(request.evidence());
        if (evidence != null) {
            realisation.evidence = evidence;
        }
        correction.value = realisation.realisation;
        correction.capaian = realisation.capaian;
        correction.evidence = realisation.evidence;
        realisations.persist(correction);
        outbox.record(RealisationCorrected.of(realisation, correction, indicator.unit));
        return RealisationView.of(realisation, realisations.corrections(realisation.id));
    }

    public RealisationView find(UUID indicatorId, String periodCode, Caller caller) {
        indicators.visible(indicatorId, caller);
        Realisation realisation = realisations.of(indicatorId, periodCode)
                .orElseThrow(() -> ProblemException.notFound("Realisation of period", periodCode));
        return RealisationView.of(realisation, realisations.corrections(realisation.id));
    }

    /** The realisations of the indicator within {@code window}, in time order. */
    public List<Realisation> within(Indicator indicator, Period window) {
        return realisations.within(indicator.id, window.start(), window.end());
    }

    /** Sets the value and its capaian: the one place a realisation meets its target. */
    private static void reach(Realisation realisation, Target target, BigDecimal value) {
        realisation.realisation = value;
        realisation.target = target.against(value);
        realisation.capaian = target.capaian(realisation.direction, value);
    }

    private static Period parse(String code) {
        return Period.parse(code).orElseThrow(() -> ProblemException.invalid("period", Period.DESCRIPTION));
    }
}
