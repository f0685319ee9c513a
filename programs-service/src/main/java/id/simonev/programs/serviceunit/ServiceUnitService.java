package id.simonev.programs.serviceunit;

import id.simonev.outbox.Outbox;
import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvImport;
import id.simonev.platform.csv.EachEntry;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.register.Register;
import id.simonev.platform.security.Caller;
import id.simonev.programs.agency.Agency;
import id.simonev.programs.agency.AgencyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ServiceUnitService {

    static final CsvColumn CODE = CsvColumn.required("code", "kode", "kode_unit");
    static final CsvColumn NAME = CsvColumn.required("name", "nama", "nama_unit");
    static final CsvColumn AGENCY = CsvColumn.required("agencyCode", "kode_instansi");
    static final CsvColumn YEARLY_USERS = CsvColumn.optional("yearlyServiceUsers", "jumlah_pengguna_layanan");
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name",
            "agencyCode", "agencyCode", "regionCode", "regionCode");

    private final Register<ServiceUnit, ServiceUnitView> register;
    private final AgencyService agencies;
    private final CsvImport<NewServiceUnit> imports;

    ServiceUnitService(ServiceUnitRepository units, AgencyService agencies, Outbox outbox,
                       IdempotentRequests idempotentRequests, Validator validator) {
        this.register = new Register<>(units, "Service unit", "code", ServiceUnitView::of, ServiceUnitView.class,
                idempotentRequests, outbox::record, outbox::batched);
        this.agencies = agencies;
        this.imports = CsvImport.of(List.of(CODE, NAME, AGENCY, YEARLY_USERS),
                        row -> new NewServiceUnit(row.text(CODE), row.text(NAME), row.text(AGENCY),
                                row.wholeNumber(YEARLY_USERS)))
                .validatedBy(validator).uniqueBy(CODE, NewServiceUnit::code);
    }

    /** Registers a unit of an active agency in the caller's regions; announces it as {@code ServiceUnitRegistered}. */
    @Transactional
    public ServiceUnitView register(NewServiceUnit request, Caller caller, String idempotencyKey) {
        return register.registerOnce(idempotencyKey, caller, "register service unit", request, () -> {
            Agency agency = agencies.referenced("agencyCode", request.agencyCode());
            register.refuseRegistered(request.code(), caller,
                    "A service unit with code " + request.code() + " is already registered");
            write(request, null, agency.regionCode, caller);
            return request.code();
        });
    }

    /**
     * Imports service units (code, name, agency, yearly service users when known), all or nothing:
     * a new code registers its unit, a known one takes the name and yearly users of the file.
     */
    @Transactional
    public ImportSummary importCsv(byte[] file, boolean dryRun, Caller caller) {
        return imports.run(file, dryRun, (lines, tally) -> {
            Map<String, Agency> active = agencies.activeAmong(EachEntry.values(lines, NewServiceUnit::agencyCode));
            register.writeEach(lines, tally, AGENCY, NewServiceUnit::code, (entry, existing) -> write(entry, existing,
                    AgencyService.referenced("agencyCode", entry.agencyCode(), active).regionCode, caller));
        });
    }

    /**
     * The one path by which a service unit enters the register or changes, from the API and from a
     * file: only in a region the caller covers ({@code regionCode}, its agency's), a known one only
     * in its own agency. Emits an event only for a change.
     */
    private Outcome write(NewServiceUnit entry, ServiceUnit existing, String regionCode, Caller caller) {
        caller.requireReference("agencyCode", "agency " + entry.agencyCode(), regionCode);
        if (existing == null) {
            ServiceUnit unit = ServiceUnit.register(entry, regionCode);
            return register.enter(unit, unit.registered());
        }
        existing.staysWith(entry.agencyCode());
        return register.changed(existing.change(entry.name(), entry.yearlyServiceUsers()));
    }

    public ServiceUnitView find(String code, Caller caller) {
        return register.find(code, caller);
    }

    /**
     * Renames a unit or corrects its yearly users, and announces its new state as
     * {@code ServiceUnitUpdated}; the same values again change nothing.
     */
    @Transactional
    public ServiceUnitView change(String code, ServiceUnitChange change, Caller caller) {
        ServiceUnit unit = register.visible(code, caller);
        write(new NewServiceUnit(code, change.name(), unit.agencyCode, change.yearlyServiceUsers()), unit,
                unit.regionCode, caller);
        return register.view(unit);
    }

    /** Deactivates a unit: its survey history stays, it takes no new responses. Again changes nothing. */
    @Transactional
    public ServiceUnitView deactivate(String code, Caller caller) {
        return register.deactivate(code, caller, ServiceUnit::deactivate);
    }

    public Page<ServiceUnitView> list(String region, String agency, Boolean active, PageRequest paging, Caller caller) {
        Filter filter = new Filter().visibleTo("regionCode", caller).inRegion("regionCode", region)
                .equal("agencyCode", agency).equal("active", active);
        return register.list(filter, paging, SORTABLE, "code");
    }
}
