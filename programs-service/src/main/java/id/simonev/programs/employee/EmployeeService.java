package id.simonev.programs.employee;

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
public class EmployeeService {

    private static final Map<String, String> SORTABLE = Map.of("nip", "nip", "name", "name",
            "agencyCode", "agencyCode");

    private final EmployeeRepository employees;
    private final AgencyService agencies;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    EmployeeService(EmployeeRepository employees, AgencyService agencies, Outbox outbox,
                    IdempotentRequests idempotentRequests) {
        this.employees = employees;
        this.agencies = agencies;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** Registers a civil servant of an active agency in the caller's regions; announces {@code EmployeeRegistered}. */
    @Transactional
    public EmployeeView register(NewEmployee request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "register employee", request, EmployeeView.class,
                () -> registerOnce(request, caller));
    }

    private EmployeeView registerOnce(NewEmployee request, Caller caller) {
        Nip.Reading reading = Nip.read(request.nip());
        if (reading instanceof Nip.Invalid invalid) {
            throw ProblemException.invalid("nip", invalid.reason());
        }
        Nip nip = ((Nip.Valid) reading).nip();
        if (nip.gender() != request.gender()) {
            throw ProblemException.invalid("gender", "is " + request.gender() + " but the NIP's gender digit says "
                    + nip.gender());
        }
        Agency agency = agencies.referenced("agencyCode", request.agencyCode());
        caller.requireRegion(agency.regionCode);
        if (employees.findByIdOptional(nip.value()).isPresent()) {
            throw ProblemException.conflict("An employee with NIP " + nip.value() + " is already registered");
        }
        Employee employee = new Employee();
        employee.nip = nip.value();
        employee.name = request.name().strip();
        employee.gender = nip.gender();
        employee.agencyCode = agency.code;
        employee.regionCode = agency.regionCode;
        employee.position = request.position();
        employee.status = request.status();
        employee.active = true;
        employee.createdAt = Instant.now();
        employees.persist(employee);
        outbox.record(employee.nip, employee.regionCode, EmployeeRegistered.of(employee));
        return EmployeeView.of(employee);
    }

    public EmployeeView find(String nip, Caller caller) {
        return EmployeeView.of(visible(nip, caller));
    }

    /**
     * Changes an employee; another agency is a transfer, which the caller must cover at both ends.
     * Announces the new state as {@code EmployeeUpdated}.
     */
    @Transactional
    public EmployeeView change(String nip, EmployeeChange change, Caller caller) {
        Employee employee = visible(nip, caller);
        if (!employee.agencyCode.equals(change.agencyCode())) {
            Agency agency = agencies.referenced("agencyCode", change.agencyCode());
            caller.requireRegion(agency.regionCode);
            employee.agencyCode = agency.code;
            employee.regionCode = agency.regionCode;
        }
        employee.name = change.name().strip();
        employee.position = change.position();
        employee.status = change.status();
        outbox.record(employee.nip, employee.regionCode, EmployeeUpdated.of(employee));
        return EmployeeView.of(employee);
    }

    /** Deactivates an employee (retired, left the service): the history stays. Again changes nothing. */
    @Transactional
    public EmployeeView deactivate(String nip, Caller caller) {
        Employee employee = visible(nip, caller);
        if (employee.active) {
            employee.active = false;
            outbox.record(employee.nip, employee.regionCode, EmployeeUpdated.of(employee));
        }
        return EmployeeView.of(employee);
    }

    private Employee visible(String nip, Caller caller) {
        Employee employee = employees.findByIdOptional(nip)
                .orElseThrow(() -> ProblemException.notFound("Employee with NIP", nip));
        caller.requireRegion(employee.regionCode);
        return employee;
    }

    public Page<EmployeeView> list(String region, String agency, Boolean active, PageRequest paging, Caller caller) {
        Filter filter = new Filter().visibleTo("regionCode", caller).inRegion("regionCode", region)
                .equal("agencyCode", agency).equal("active", active);
        return paging.fetch(employees.find(filter.query(), paging.sortAmong(SORTABLE, "name", "nip"),
                filter.parameters()), EmployeeView::of);
    }
}
