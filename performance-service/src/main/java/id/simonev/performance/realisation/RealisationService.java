package id.simonev.performance.realisation;

import id.simonev.inbox.RegisterReplica;
import id.simonev.outbox.Outbox;
import id.simonev.performance.capaian.Capaian;
import id.simonev.performance.capaian.Target;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class RealisationService {

    private final RealisationRepository realisations;
    private final RegisterReplica register;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    RealisationService(RealisationRepository realisations, RegisterReplica register, Outbox outbox,
            IdempotentRequests idempotentRequests) {
        this.realisations = realisations;
        this.register = register;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** Records a realisation with its capaian and announces it as {@code RealisationRecorded}. */
    @Transactional
    public RealisationView record(NewRealisation request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "record realisation", request, RealisationView.class,
                () -> recordOnce(request, caller));
    }

    private RealisationView recordOnce(NewRealisation request, Caller caller) {
        Period period = Period.parse(request.period())
                .orElseThrow(() -> ProblemException.invalid("period", Period.DESCRIPTION));
        RegisterReplica.KnownAgency agency = register.requireActiveAgency("agencyCode", request.agencyCode());
        caller.requireRegion(agency.regionCode());
        if (realisations.recorded(request.indicatorCode(), request.agencyCode(), period.code())) {
            throw ProblemException.conflict("The realisation of " + request.indicatorCode() + " for "
                    + request.agencyCode() + " in " + period.code() + " is already recorded");
        }
        Realisation realisation = new Realisation();
        realisation.id = UUID.randomUUID();
        realisation.indicatorCode = request.indicatorCode();
        realisation.agencyCode = request.agencyCode();
        realisation.regionCode = agency.regionCode();
        realisation.period = period.code();
        realisation.periodStart = period.start();
        realisation.periodEnd = period.end();
        realisation.target = request.target();
        realisation.realisation = request.realisation();
        realisation.direction = request.direction();
        realisation.capaian = Capaian.of(request.direction(), Target.of(request.target()), request.realisation());
        realisation.recordedAt = Instant.now();
        realisation.recordedBy = caller.name();
        realisations.persist(realisation);
        outbox.record(RealisationRecorded.of(realisation));
        return RealisationView.of(realisation);
    }

    public RealisationView find(UUID id, Caller caller) {
        Realisation realisation = realisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Realisation", id));
        caller.requireRegion(realisation.regionCode);
        return RealisationView.of(realisation);
    }
}
