package id.simonev.programs.serviceunit;

import id.simonev.outbox.Outbox;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.programs.agency.Agency;
import id.simonev.programs.agency.AgencyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

@ApplicationScoped
public class ServiceUnitService {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name",
            "agencyCode", "agencyCode", "regionCode", "regionCode");

    private final ServiceUnitRepository units;
    private final AgencyService agencies;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    ServiceUnitService(ServiceUnitRepository units, AgencyService agencies, Outbox outbox,
                       IdempotentRequests idempotentRequests) {
        this.units = units;
        this.agencies = agencies;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** Registers a unit of an active agency in the caller's regions; announces it as {@code ServiceUnitRegistered}. */
    @Transactional
    public ServiceUnitView register(NewServiceUnit request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "register service unit", request,
                ServiceUnitView.class, () -> registerOnce(request, caller));
    }

    private ServiceUnitView registerOnce(NewServiceUnit request, Caller caller) {
        Agency agency = agencies.referenced("agencyCode", request.agencyCode());
        caller.requireRegion(agency.regionCode);
        if (units.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("A service unit with code " + request.code() + " is already registered");
        }
        ServiceUnit unit = new ServiceUnit();
        unit.code = request.code();
        unit.name = request.name().strip();
        unit.agencyCode = agency.code;
        unit.regionCode = agency.regionCode;
        unit.yearlyServiceUsers = request.yearlyServiceUsers();
        unit.active = true;
        unit.createdAt = Instant.now();
        units.persist(unit);
        outbox.record(unit.code, unit.regionCode, ServiceUnitRegistered.of(unit));
        return ServiceUnitView.of(unit);
    }

    public ServiceUnitView find(String code, Caller caller) {
        return ServiceUnitView.of(visible(code, caller));
    }

    /** Renames a unit or corrects its yearly users, and announces its new state as {@code ServiceUnitUpdated}. */
    @Transactional
    public ServiceUnitView change(String code, ServiceUnitChange change, Caller caller) {
        ServiceUnit unit = visible(code, caller);
        unit.name = change.name().strip();
        unit.yearlyServiceUsers = change.yearlyServiceUsers();
        outbox.record(unit.code, unit.regionCode, ServiceUnitUpdated.of(unit));
        return ServiceUnitView.of(unit);
    }

    /** Deactivates a unit: its survey history stays, it takes no new responses. Again changes nothing. */
    @Transactional
    public ServiceUnitView deactivate(String code, Caller caller) {
        ServiceUnit unit = visible(code, caller);
        if (unit.active) {
            unit.active = false;
            outbox.record(unit.code, unit.regionCode, ServiceUnitUpdated.of(unit));
        }
        return ServiceUnitView.of(unit);
    }

    private ServiceUnit visible(String code, Caller caller) {
        ServiceUnit unit = units.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Service unit", code));
        caller.requireRegion(unit.regionCode);
        return unit;
    }

    public Page<ServiceUnitView> list(String region, String agency, Boolean active, PageRequest paging, Caller caller) {
        Filter filter = new Filter().visibleTo("regionCode", caller).inRegion("regionCode", region)
                .equal("agencyCode", agency).equal("active", active);
        return paging.fetch(units.find(filter.query(), paging.sortAmong(SORTABLE, "code", "code"),
                filter.parameters()), ServiceUnitView::of);
    }
}
