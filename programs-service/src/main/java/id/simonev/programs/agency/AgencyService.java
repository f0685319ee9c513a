package id.simonev.programs.agency;

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
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.register.Register;
import id.simonev.platform.security.Caller;
import id.simonev.programs.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class AgencyService {

    static final CsvColumn CODE = CsvColumn.required("code", "kode", "kode_instansi");
    static final CsvColumn NAME = CsvColumn.required("name", "nama", "nama_instansi");
    static final CsvColumn REGION = CsvColumn.required("regionCode", "region", "kode_wilayah");
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name",
            "regionCode", "regionCode");

    private final Register<Agency, AgencyView> register;
    private final RegionRepository regions;
    private final CsvImport<NewAgency> imports;

    AgencyService(AgencyRepository agencies, RegionRepository regions, Outbox outbox,
                  IdempotentRequests idempotentRequests, Validator validator) {
        this.register = new Register<>(agencies, "Agency", "code", AgencyView::of, AgencyView.class,
                idempotentRequests, outbox::record, outbox::batched);
        this.regions = regions;
        this.imports = CsvImport.of(List.of(CODE, NAME, REGION),
                        row -> new NewAgency(row.text(CODE), row.text(NAME), row.text(REGION)))
                .validatedBy(validator).uniqueBy(CODE, NewAgency::code);
    }

    /** Registers an agency in a region the caller covers, and announces it as {@code AgencyRegistered}. */
    @Transactional
    public AgencyView register(NewAgency request, Caller caller, String idempotencyKey) {
        return register.registerOnce(idempotencyKey, caller, "register agency", request, () -> {
            register.refuseRegistered(request.code(), caller,
                    "An agency with code " + request.code() + " is already registered");
            write(request, null, regions.registeredAmong(List.of(request.regionCode())), caller);
            return request.code();
        });
    }

    /**
     * Imports agencies (code, name, region), all or nothing: a new code registers its agency, a
     * known one is renamed when the name differs.
     */
    @Transactional
    public ImportSummary importCsv(byte[] file, boolean dryRun, Caller caller) {
        return imports.run(file, dryRun, (lines, tally) -> {
            Set<String> registered = regions.registeredAmong(EachEntry.values(lines, NewAgency::regionCode));
            register.writeEach(lines, tally, REGION, NewAgency::code,
                    (entry, existing) -> write(entry, existing, registered, caller));
        });
    }

    /**
     * The one path by which an agency enters the register or changes, from the API and from a file:
     * only in a region the caller covers, a new one only in a region of {@code registeredRegions},
     * a known one only in its own region. Emits an event only for a change.
     */
    private Outcome write(NewAgency entry, Agency existing, Set<String> registeredRegions, Caller caller) {
        caller.requireRegion(entry.regionCode());
        if (existing == null) {
            if (!registeredRegions.contains(entry.regionCode())) {
                throw RegionRepository.notRegistered("regionCode", entry.regionCode());
            }
            Agency agency = Agency.register(entry);
            return register.enter(agency, agency.registered());
        }
        existing.staysIn(entry.regionCode());
        return register.changed(existing.rename(entry.name()));
    }

    public AgencyView find(String code, Caller caller) {
        return register.find(code, caller);
    }

    /** Renames an agency and announces its new state as {@code AgencyUpdated}; the same name changes nothing. */
    @Transactional
    public AgencyView change(String code, AgencyChange change, Caller caller) {
        Agency agency = register.visible(code, caller);
        write(new NewAgency(code, change.name(), agency.regionCode), agency, Set.of(), caller);
        return register.view(agency);
    }

    /**
     * Deactivates an agency: it stays in the register for what refers to it, but takes no new
     * units, employees or programs. Deactivating it again changes nothing.
     */
    @Transactional
    public AgencyView deactivate(String code, Caller caller) {
        return register.deactivate(code, caller, Agency::deactivate);
    }

    /** The active agency a new entry refers to through {@code field}; a 422 problem when there is none. */
    public Agency referenced(String field, String code) {
        return referenced(field, code, activeAmong(List.of(code)));
    }

    /** The active agencies among {@code codes}, by code: what many entries refer to, in a few queries. */
    public Map<String, Agency> activeAmong(Collection<String> codes) {
        Map<String, Agency> found = register.byKeys(codes);
        found.values().removeIf(agency -> !agency.active);
        return found;
    }

    /** The agency of {@code active} that {@code field} refers to; a 422 problem when there is none. */
    public static Agency referenced(String field, String code, Map<String, Agency> active) {
        Agency agency = active.get(code);
        if (agency == null) {
            throw ProblemException.unknownReference(field,
                    "agency " + code + " is not in the register or no longer active");
        }
        return agency;
    }

    public Page<AgencyView> list(String region, Boolean active, PageRequest paging, Caller caller) {
        Filter filter = new Filter().visibleTo("regionCode", caller).inRegion("regionCode", region)
                .equal("active", active);
        return register.list(filter, paging, SORTABLE, "code");
    }
}
