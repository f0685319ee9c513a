package id.simonev.surveys.response;

import id.simonev.outbox.Outbox;
import id.simonev.platform.export.Export;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.region.OfficeDate;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.OptionalText;
import id.simonev.surveys.campaign.Campaign;
import id.simonev.surveys.campaign.CampaignService;
import id.simonev.surveys.campaign.CampaignStatus;
import id.simonev.surveys.instrument.InstrumentService;
import id.simonev.surveys.instrument.InstrumentVersion;
import id.simonev.surveys.link.PublicCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Stores answer sheets, from citizens through a campaign's code and from operators typing in paper forms. */
@ApplicationScoped
public class SurveyResponseService {

    private static final Map<String, String> SORTABLE = Map.of("surveyDate", "surveyDate",
            "submittedAt", "submittedAt");

    private final SurveyResponseRepository responses;
    private final CampaignService campaigns;
    private final InstrumentService instruments;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final ResponseExport exports;

    SurveyResponseService(SurveyResponseRepository responses, CampaignService campaigns, InstrumentService instruments,
            Outbox outbox, IdempotentRequests idempotentRequests, ResponseExport exports) {
        this.exports = exports;
        this.responses = responses;
        this.campaigns = campaigns;
        this.instruments = instruments;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** The survey a public code names, as a citizen sees it. */
    public Questionnaire questionnaire(String code) {
        Campaign campaign = campaigns.byPublicCode(code);
        InstrumentVersion version = instruments.version(campaign.instrumentVersionId);
        return new Questionnaire(campaign.publicCode, campaign.title, campaign.startDate, campaign.endDate,
                whyNotOpen(campaign) == null, version.scaleMin(), version.scaleMax(),
                version.items().stream().map(item -> new Questionnaire.Question(item.code(), item.name(),
                        item.question(), item.wordings())).toList(),
                new Questionnaire.Profile(Arrays.asList(Respondent.Gender.values()),
                        Arrays.asList(Respondent.Education.values()), Arrays.asList(Respondent.Occupation.values())));
    }

    /**
     * A citizen's answer through the campaign's public code: only while the campaign is open and
     * within its dates. The idempotency keys of citizens are kept per campaign.
     */
    @Transactional
    public SurveyResponseView answer(String code, NewSurveyResponse request, String idempotencyKey) {
        Campaign campaign = campaigns.byPublicCode(code);
        Caller citizen = new Caller("survey:" + campaign.publicCode, Set.of(), Set.of());
        return idempotentRequests.once(idempotencyKey, citizen, "answer survey " + campaign.publicCode, request,
                SurveyResponseView.class, () -> {
                    String closed = whyNotOpen(campaign);
                    if (closed != null) {
                        throw ProblemException.conflict(closed);
                    }
                    LocalDate date = request.surveyDate() == null ? OfficeDate.today() : request.surveyDate();
                    return store(campaign, instruments.version(campaign.instrumentVersionId), request, date,
                            Channel.PUBLIC, null);
                });
    }

    /** An operator enters a paper form into a campaign of a unit in its regions; open or closed, not a draft. */
    @Transactional
    public SurveyResponseView enter(UUID campaignId, NewSurveyResponse request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "enter response into campaign " + campaignId, request,
                SurveyResponseView.class, () -> {
                    Campaign campaign = campaignForPaper(campaignId, caller);
                    return enterForm(campaign, instruments.version(campaign.instrumentVersionId), request, caller);
                });
    }

    /**
     * Stores a paper form of the campaign, whose instrument {@code version} the caller read once
     * (for a whole file), which must say the day it was filled in; the one way a form is entered.
     */
    public SurveyResponseView enterForm(Campaign campaign, InstrumentVersion version, NewSurveyResponse form,
            Caller caller) {
        if (form.surveyDate() == null) {
            throw ProblemException.invalid("surveyDate", "must be given: the day the form was filled in");
        }
        return store(campaign, version, form, form.surveyDate(), Channel.PAPER, caller.name());
    }

    /** A campaign an operator may enter paper forms into. */
    public Campaign campaignForPaper(UUID campaignId, Caller caller) {
        Campaign campaign = campaigns.visible(campaignId, caller);
        caller.requireRegion(campaign.regionCode);
        if (campaign.status == CampaignStatus.DRAFT) {
            throw ProblemException.conflict("Campaign " + campaign.id
                    + " is a DRAFT; open it before entering responses");
        }
        return campaign;
    }

    /** Stores one sheet into a campaign and announces it; the one way every channel stores a response. */
    private SurveyResponseView store(Campaign campaign, InstrumentVersion version, NewSurveyResponse request,
            LocalDate surveyDate, Channel channel, String submittedBy) {
        short[] answers = AnswerSheet.inItemOrder(version, request.answers(), "answers");
        if (!campaign.covers(surveyDate)) {
            throw ProblemException.invalid("surveyDate", "must lie within the campaign's period, " + campaign.period());
        }
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.campaignId = campaign.id;
        response.instrumentVersionId = version.id();
        response.serviceUnitCode = campaign.serviceUnitCode;
        response.agencyCode = campaign.agencyCode;
        response.regionCode = campaign.regionCode;
        response.surveyDate = surveyDate;
        response.answers = answers;
        response.indexPoints = version.indexPoints(answers);
        response.describe(request.respondent());
        response.suggestion = OptionalText.stripped(request.suggestion());
        response.channel = channel;
        response.submittedAt = Instant.now();
        response.submittedBy = submittedBy;
        responses.persist(response);
        SurveyResponseView view = view(response, version);
        outbox.record(new SurveyResponseSubmitted(view.id(), campaign.id, version.instrumentCode(), version.version(),
                view.serviceUnitCode(), view.agencyCode(), view.regionCode(), view.surveyDate(), view.answers(),
                response.indexPoints, version.weights().denominator(), view.respondent(), channel));
        return view;
    }

    public SurveyResponseView find(UUID campaignId, UUID id, Caller caller) {
        Campaign campaign = campaigns.visible(campaignId, caller);
        SurveyResponse response = responses.findByIdOptional(id)
                .filter(found -> found.campaignId.equals(campaign.id))
                .orElseThrow(() -> ProblemException.notFound("Response of campaign " + campaignId, id));
        return view(response, instruments.version(response.instrumentVersionId));
    }

    public Page<SurveyResponseView> list(UUID campaignId, PageRequest paging, Caller caller) {
        Campaign campaign = campaigns.visible(campaignId, caller);
        InstrumentVersion version = instruments.version(campaign.instrumentVersionId);
        return paging.fetch(responses.find("campaignId = ?1", paging.sortAmong(SORTABLE, "submittedAt", "id"),
                campaign.id), response -> view(response, version));
    }

    /** The campaign's answer sheets as a download. */
    public Export export(UUID campaignId, Caller caller) {
        Campaign campaign = campaigns.visible(campaignId, caller);
        return exports.of(campaign, instruments.version(campaign.instrumentVersionId));
    }

    /** Why a citizen cannot answer the campaign today; null when they can. */
    private static String whyNotOpen(Campaign campaign) {
        LocalDate today = OfficeDate.today();
        if (campaign.status != CampaignStatus.OPEN) {
            return "This survey is " + campaign.status + " and takes no more answers";
        }
        if (today.isBefore(campaign.startDate)) {
            return "This survey has not started: it takes answers from " + campaign.startDate;
        }
        if (today.isAfter(campaign.endDate)) {
            return "This survey ended on " + campaign.endDate + " and takes no more answers";
        }
        return null;
    }

    private static SurveyResponseView view(SurveyResponse response, InstrumentVersion version) {
        return new SurveyResponseView(response.id, response.campaignId, version.instrumentCode(), version.version(),
                response.serviceUnitCode, response.agencyCode, response.regionCode, response.surveyDate,
                AnswerSheet.byCode(version, response.answers), response.respondent(), response.suggestion,
                response.channel, response.submittedAt);
    }
}
