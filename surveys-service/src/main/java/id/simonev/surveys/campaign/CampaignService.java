package id.simonev.surveys.campaign;

import id.simonev.inbox.RegisterReplica;
import id.simonev.outbox.Outbox;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.OptionalText;
import id.simonev.surveys.config.SurveysConfig;
import id.simonev.surveys.instrument.InstrumentService;
import id.simonev.surveys.instrument.InstrumentVersion;
import id.simonev.surveys.link.PublicCode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CampaignService {

    private static final Map<String, String> SORTABLE = Map.of(
            "startDate", "startDate", "endDate", "endDate", "serviceUnitCode", "serviceUnitCode",
            "status", "status", "createdAt", "createdAt");

    private final CampaignRepository campaigns;
    private final InstrumentService instruments;
    private final RegisterReplica register;
    private final Outbox outbox;
    private final SurveysConfig config;
    private final EntityManager entityManager;
    private final IdempotentRequests idempotentRequests;

    CampaignService(CampaignRepository campaigns, InstrumentService instruments, RegisterReplica register,
            Outbox outbox, SurveysConfig config, EntityManager entityManager, IdempotentRequests idempotentRequests) {
        this.idempotentRequests = idempotentRequests;
        this.campaigns = campaigns;
        this.instruments = instruments;
        this.register = register;
        this.outbox = outbox;
        this.config = config;
        this.entityManager = entityManager;
    }

    @Transactional
    public CampaignView create(NewCampaign request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "set up campaign", request, CampaignView.class,
                () -> createOnce(request, caller));
    }

    private CampaignView createOnce(NewCampaign request, Caller caller) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate (" + request.startDate() + ")");
        }
        RegisterReplica.KnownServiceUnit unit = register.requireActiveServiceUnit("serviceUnitCode",
                request.serviceUnitCode());
        caller.requireReference("serviceUnitCode", "service unit " + unit.code(), unit.regionCode());
        String instrumentCode = request.instrumentCode() == null ? InstrumentService.SKM : request.instrumentCode();
        InstrumentVersion version = instruments.publishedVersionFor("instrumentCode", instrumentCode,
                request.instrumentVersion(), unit.agencyCode());
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.instrumentVersionId = version.id();
        campaign.serviceUnitCode = unit.code();
        campaign.agencyCode = unit.agencyCode();
        campaign.regionCode = unit.regionCode();
        String title = OptionalText.stripped(request.title());
        campaign.title = title != null ? title
                : "SKM " + unit.name() + " " + request.startDate() + " s.d. " + request.endDate();
        campaign.startDate = request.startDate();
        campaign.endDate = request.endDate();
        campaign.yearlyServiceUsers = request.yearlyServiceUsers() != null ? request.yearlyServiceUsers()
                : unit.yearlyServiceUsers();
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdAt = Instant.now();
        campaign.createdBy = caller.name();
        campaigns.persist(campaign);
        return view(campaign);
    }

    @Transactional
    public CampaignView open(UUID id, Caller caller) {
        Campaign campaign = writable(id, caller);
        String code = PublicCode.next(PublicCode.CAMPAIGN_LENGTH);
        while (campaigns.findByPublicCode(code).isPresent()) {
            code = PublicCode.next(PublicCode.CAMPAIGN_LENGTH);
        }
        campaign.open(code, Instant.now());
        InstrumentVersion version = instruments.version(campaign.instrumentVersionId);
        outbox.record(new CampaignOpened(campaign.id, version.instrumentCode(), version.version(),
                campaign.serviceUnitCode, campaign.agencyCode, campaign.regionCode, campaign.startDate,
                campaign.endDate, campaign.yearlyServiceUsers, campaign.openedAt));
        return view(campaign);
    }

    @Transactional
    public CampaignView close(UUID id, Caller caller) {
        Campaign campaign = writable(id, caller);
        campaign.close(Instant.now());
        outbox.record(new CampaignClosed(campaign.id, campaign.serviceUnitCode, campaign.regionCode,
                campaign.closedAt));
        return view(campaign);
    }

    public CampaignView find(UUID id, Caller caller) {
        return view(visible(id, caller));
    }

    public Page<CampaignView> list(CampaignQuery query, PageRequest paging, Caller caller) {
        Filter filter = new Filter()
                .equal("serviceUnitCode", query.serviceUnit)
                .equal("agencyCode", query.agency)
                .equal("status", query.status)
                .where("year(startDate) = :year", "year", query.year)
                .inRegion("regionCode", query.region)
                .visibleTo("regionCode", caller);
        return paging.fetch(campaigns.find(filter.query(), paging.sortAmong(SORTABLE, "startDate,desc", "id"),
                filter.parameters()), this::view);
    }

    /** The campaigns of a unit that have opened (drafts collect nothing), in the order they started. */
    public List<Campaign> openedOf(String serviceUnitCode, Caller caller) {
        return campaigns.list("serviceUnitCode = ?1 and status <> ?2", Sort.by("startDate").and("id"),
                        serviceUnitCode, CampaignStatus.DRAFT).stream()
                .filter(campaign -> caller.covers(campaign.regionCode))
                .toList();
    }

    /** A campaign the caller may see; a 404 problem otherwise, so that other regions' campaigns stay unseen. */
    public Campaign visible(UUID id, Caller caller) {
        return campaigns.findByIdOptional(id)
                .filter(campaign -> caller.covers(campaign.regionCode))
                .orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    /** The campaign a public code names, for the citizens' pages; a 404 problem when none does. */
    public Campaign byPublicCode(String code) {
        return campaigns.findByPublicCode(PublicCode.normalise(code))
                .orElseThrow(() -> ProblemException.notFound("Survey", code));
    }

    public String link(Campaign campaign) {
        return campaign.publicCode == null ? null : config.publicBaseUrl() + "/s/" + campaign.publicCode;
    }

    /** The link of a campaign the caller may see; a 409 problem before it opens, when it has none. */
    public String requireLink(UUID id, Caller caller) {
        Campaign campaign = visible(id, caller);
        if (campaign.publicCode == null) {
            throw ProblemException.conflict("Campaign " + id
                    + " is a DRAFT; it has a link and a QR code once it opens");
        }
        return link(campaign);
    }

    private Campaign writable(UUID id, Caller caller) {
        Campaign campaign = visible(id, caller);
        caller.requireRegion(campaign.regionCode);
        return campaign;
    }

    private CampaignView view(Campaign campaign) {
        InstrumentVersion version = instruments.version(campaign.instrumentVersionId);
        long responses = ((Number) entityManager.createNativeQuery(
                        "select count(*) from survey_response where campaign_id = ?1")
                .setParameter(1, campaign.id).getSingleResult()).longValue();
        return new CampaignView(campaign.id, campaign.title, campaign.serviceUnitCode, campaign.agencyCode,
                campaign.regionCode, version.instrumentCode(), version.version(), campaign.startDate, campaign.endDate,
                campaign.yearlyServiceUsers, campaign.status, campaign.publicCode, link(campaign), responses,
                campaign.createdAt, campaign.openedAt, campaign.closedAt);
    }
}
