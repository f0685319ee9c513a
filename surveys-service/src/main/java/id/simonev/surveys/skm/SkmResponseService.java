package id.simonev.surveys.skm;

import id.simonev.inbox.RegionReplica;
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
    private final RegionReplica regions;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    SkmResponseService(SkmResponseRepository responses, RegionReplica regions, Outbox outbox,
            IdempotentRequests idempotentRequests) {
        this.responses = responses;
        this.regions = regions;
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
        caller.requireRegion(request.regionCode());
        regions.requireKnown("regionCode", request.regionCode());
        SkmResponse response = new SkmResponse();
        response.id = UUID.randomUUID();
        response.serviceUnitCode = request.serviceUnitCode();
        response.regionCode = request.regionCode();
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
        outbox.record(response.id.toString(), response.regionCode, SurveyResponseSubmitted.of(view));
        return view;
    }

    public SkmResponseView find(UUID id, Caller caller) {
        SkmResponse response = responses.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("SKM response", id));
        caller.requireRegion(response.regionCode);
        return SkmResponseView.of(response);
    }
}
