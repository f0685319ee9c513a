package id.simonev.programs.agency;

import id.simonev.outbox.Outbox;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.programs.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

@ApplicationScoped
public class AgencyService {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name",
            "regionCode", "regionCode");

    private final AgencyRepository agencies;
    private final RegionRepository regions;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    AgencyService(AgencyRepository agencies, RegionRepository regions, Outbox outbox,
                  IdempotentRequests idempotentRequests) {
        this.agencies = agencies;
        this.regions = regions;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** Registers an agency in a region the caller covers, and announces it as {@code AgencyRegistered}. */
    @Transactional
    public AgencyView register(NewAgency request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "register agency", request, AgencyView.class,
                () -> registerOnce(request, caller));
    }

    private AgencyView registerOnce(NewAgency request, Caller caller) {
        caller.requireRegion(request.regionCode());
        regions.requireRegistered("regionCode", request.regionCode());
        if (agencies.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("An agency with code " + request.code() + " is already registered");
        }
        Agency agency = new Agency();
        agency.code = request.code();
        agency.name = request.name().strip();
        agency.regionCode = request.regionCode();
        agency.active = true;
        agency.createdAt = Instant.now();
        agencies.persist(agency);
        outbox.record(agency.code, agency.regionCode, AgencyRegistered.of(agency));
        return AgencyView.of(agency);
    }

    public AgencyView find(String code, Caller caller) {
        return AgencyView.of(visible(code, caller));
    }

    /** Renames an agency and announces its new state as {@code AgencyUpdated}. */
    @Transactional
    public AgencyView change(String code, AgencyChange change, Caller caller) {
        Agency agency = visible(code, caller);
        agency.name = change.name().strip();
        outbox.record(agency.code, agency.regionCode, AgencyUpdated.of(agency));
        return AgencyView.of(agency);
    }

    /**
     * Deactivates an agency: it stays in the register for what refers to it, but takes no new
     * units, employees or programs. Deactivating it again changes nothing.
     */
    @Transactional
    public AgencyView deactivate(String code, Caller caller) {
        Agency agency = visible(code, caller);
        if (agency.active) {
            agency.active = false;
            outbox.record(agency.code, agency.regionCode, AgencyUpdated.of(agency));
        }
        return AgencyView.of(agency);
    }

    /** The agency, for a caller who covers its region; a 404 or 403 problem otherwise. */
    private Agency visible(String code, Caller caller) {
        Agency agency = agencies.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Agency", code));
        caller.requireRegion(agency.regionCode);
        return agency;
    }

    /** The active agency a new entry refers to through {@code field}; a 422 problem when there is none. */
    public Agency referenced(String field, String code) {
        return agencies.findByIdOptional(code).filter(agency -> agency.active)
                .orElseThrow(() -> ProblemException.unknownReference(field,
                        "agency " + code + " is not in the register or no longer active"));
    }

    public Page<AgencyView> list(String region, Boolean active, PageRequest paging, Caller caller) {
        Filter filter = new Filter().visibleTo("regionCode", caller).inRegion("regionCode", region)
                .equal("active", active);
        return paging.fetch(agencies.find(filter.query(), paging.sortAmong(SORTABLE, "code", "code"),
                filter.parameters()), AgencyView::of);
    }
}
