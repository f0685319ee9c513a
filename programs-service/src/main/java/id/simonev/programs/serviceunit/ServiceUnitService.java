package id.simonev.programs.serviceunit;

import id.simonev.outbox.Outbox;
import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvImport;
import id.simonev.platform.csv.CsvLine;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.programs.agency.Agency;
import id.simonev.programs.agency.AgencyService;
import id.simonev.programs.register.RegisterImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class ServiceUnitService {

    static final CsvColumn CODE = CsvColumn.required("code", "kode", "kode_unit");
    static final CsvColumn NAME = CsvColumn.required("name", "nama", "nama_unit");
    static final CsvColumn AGENCY = CsvColumn.required("agencyCode", "kode_instansi");
    static final CsvColumn YEARLY_USERS = CsvColumn.optional("yearlyServiceUsers", "jumlah_pengguna_layanan");
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name",
            "agencyCode", "agencyCode", "regionCode", "regionCode");

    private final ServiceUnitRepository units;
    private final AgencyService agencies;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final RegisterImport registerImport;
    private final CsvImport<NewServiceUnit> imports;

    ServiceUnitService(ServiceUnitRepository units, AgencyService agencies, Outbox outbox,
                       IdempotentRequests idempotentRequests, RegisterImport registerImport, Validator validator) {
        this.units = units;
        this.agencies = agencies;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
        this.registerImport = registerImport;
        this.imports = CsvImport.of(List.of(CODE, NAME, AGENCY, YEARLY_USERS),
                        row -> new NewServiceUnit(row.text(CODE), row.text(NAME), row.text(AGENCY),
                                row.wholeNumber(YEARLY_USERS)))
                .validatedBy(validator).uniqueBy(CODE, NewServiceUnit::code);
    }

    /** Registers a unit of an active agency in the caller's regions; announces it as {@code ServiceUnitRegistered}. */
    @Transactional
    public ServiceUnitView register(NewServiceUnit request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "register service unit", request,
                ServiceUnitView.class, () -> {
                    Agency agency = agencies.referenced("agencyCode", request.agencyCode());
                    units.findByIdOptional(request.code()).ifPresent(existing -> {
                        caller.requireRegion(existing.regionCode);
                        throw ProblemException.conflict("A service unit with code " + request.code()
                                + " is already registered");
                    });
                    write(request, null, agency.regionCode, caller);
                    return ServiceUnitView.of(units.findById(request.code()));
                });
    }

    /**
     * Imports service units (code, name, agency, yearly service users when known), all or nothing:
     * a new code registers its unit, a known one takes the name and yearly users of the file.
     */
    @Transactional
    public ImportSummary importCsv(byte[] file, boolean dryRun, Caller caller) {
        return imports.run(file, dryRun, (lines, tally) -> {
            List<NewServiceUnit> entries = lines.stream().map(CsvLine::value).toList();
            Map<String, ServiceUnit> existing = RegisterImport.byKeys(units, "code",
                    entries.stream().map(NewServiceUnit::code).toList(), unit -> unit.code);
            Map<String, Agency> active = agencies.activeAmong(
                    entries.stream().map(NewServiceUnit::agencyCode).toList());
            registerImport.writeEach(lines, tally, AGENCY, entry -> write(entry, existing.get(entry.code()),
                    AgencyService.referenced("agencyCode", entry.agencyCode(), active).regionCode, caller));
        });
    }

    /**
     * The one path by which a service unit enters the register or changes, from the API and from a
     * file: only in a region the caller covers ({@code regionCode}, its agency's), a known one only
     * in its own agency. Emits an event only for a change.
     */
    private Outcome write(NewServiceUnit entry, ServiceUnit existing, String regionCode, Caller caller) {
        caller.requireRegion(regionCode);
        String name = entry.name().strip();
        if (existing == null) {
            ServiceUnit unit = new ServiceUnit();
            unit.code = entry.code();
            unit.name = name;
            unit.agencyCode = entry.agencyCode();
            unit.regionCode = regionCode;
            unit.yearlyServiceUsers = entry.yearlyServiceUsers();
            unit.active = true;
            unit.createdAt = Instant.now();
            units.persist(unit);
            outbox.record(ServiceUnitRegistered.of(unit));
            return Outcome.CREATED;
        }
        if (!existing.agencyCode.equals(entry.agencyCode())) {
            throw ProblemException.invalid("agencyCode", "is " + entry.agencyCode() + " but service unit "
                    + existing.code + " belongs to agency " + existing.agencyCode + "; a unit stays with its agency");
        }
        if (existing.name.equals(name) && Objects.equals(existing.yearlyServiceUsers, entry.yearlyServiceUsers())) {
            return Outcome.UNCHANGED;
        }
        existing.name = name;
        existing.yearlyServiceUsers = entry.yearlyServiceUsers();
        outbox.record(ServiceUnitUpdated.of(existing));
        return Outcome.UPDATED;
    }

    public ServiceUnitView find(String code, Caller caller) {
        return ServiceUnitView.of(visible(code, caller));
    }

    /**
     * Renames a unit or corrects its yearly users, and announces its new state as
     * {@code ServiceUnitUpdated}; the same values again change nothing.
     */
    @Transactional
    public ServiceUnitView change(String code, ServiceUnitChange change, Caller caller) {
        ServiceUnit unit = visible(code, caller);
        write(new NewServiceUnit(code, change.name(), unit.agencyCode, change.yearlyServiceUsers()), unit,
                unit.regionCode, caller);
        return ServiceUnitView.of(unit);
    }

    /** Deactivates a unit: its survey history stays, it takes no new responses. Again changes nothing. */
    @Transactional
    public ServiceUnitView deactivate(String code, Caller caller) {
        ServiceUnit unit = visible(code, caller);
        if (unit.active) {
            unit.active = false;
            outbox.record(ServiceUnitUpdated.of(unit));
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
