package id.simonev.surveys.skm;

import id.simonev.inbox.RegisterReplica;
import id.simonev.outbox.Outbox;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class SkmResponseService {

    private final SkmResponseRepository responses;
    private final RegisterReplica register;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    SkmResponseService(SkmResponseRepository responses, RegisterReplica register, Outbox outbox,
            IdempotentRequests idempotentRequests) {
        this.responses = responses;
        this.register = register;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** Records one response and announces it as {@code SurveyResponseSubmitted}. */
    @Transactional
    public SkmResponseView submit(NewSkmResponse request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "submit SKM response", request, SkmResponseView.class,
                () -> submitOnce(request, caller));
    }

    private SkmResponseView submitOnce(NewSkmResponse request, Caller caller) {
        short[] answers = SkmAnswers.inElementOrder(request.answers());
        RegisterReplica.KnownServiceUnit unit = register.requireActiveServiceUnit("serviceUnitCode",
                request.serviceUnitCode());
        caller.requireRegion(unit.regionCode());
        SkmResponse response = new SkmResponse();
        response.id = UUID.randomUUID();
        response.serviceUnitCode = request.serviceUnitCode();
        response.regionCode = unit.regionCode();
        response.surveyDate = request.surveyDate();
        response.answers = answers;
        Respondent respondent = request.respondent();
        if (respondent != null) {
            response.gender = respondent.gender();
            response.age = respondent.age();
            response.education = respondent.education();
            response.occupation = respondent.occupation();
            response.serviceReceived = respondent.serviceReceived();
        }
        response.submittedAt = Instant.now();
        response.submittedBy = caller.name();
        responses.persist(response);
        SkmResponseView view = SkmResponseView.of(response);
        outbox.record(SurveyResponseSubmitted.of(view));
        return view;
    }

    public SkmResponseView find(UUID id, Caller caller) {
        SkmResponse response = responses.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("SKM response", id));
        caller.requireRegion(response.regionCode);
        return SkmResponseView.of(response);
    }
}
