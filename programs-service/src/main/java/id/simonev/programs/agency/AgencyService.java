package id.simonev.programs.agency;

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
import id.simonev.programs.region.RegionRepository;
import id.simonev.programs.register.RegisterImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
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

    private final AgencyRepository agencies;
    private final RegionRepository regions;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final RegisterImport registerImport;
    private final CsvImport<NewAgency> imports;

    AgencyService(AgencyRepository agencies, RegionRepository regions, Outbox outbox,
                  IdempotentRequests idempotentRequests, RegisterImport registerImport, Validator validator) {
        this.agencies = agencies;
        this.regions = regions;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
        this.registerImport = registerImport;
        this.imports = CsvImport.of(List.of(CODE, NAME, REGION),
                        row -> new NewAgency(row.text(CODE), row.text(NAME), row.text(REGION)))
                .validatedBy(validator).uniqueBy(CODE, NewAgency::code);
    }

    /** Registers an agency in a region the caller covers, and announces it as {@code AgencyRegistered}. */
    @Transactional
    public AgencyView register(NewAgency request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "register agency", request, AgencyView.class, () -> {
            agencies.findByIdOptional(request.code()).ifPresent(existing -> {
                caller.requireRegion(existing.regionCode);
                throw ProblemException.conflict("An agency with code " + request.code() + " is already registered");
            });
            write(request, null, regions.registeredAmong(List.of(request.regionCode())), caller);
            return AgencyView.of(agencies.findById(request.code()));
        });
    }

    /**
     * Imports agencies (code, name, region), all or nothing: a new code registers its agency, a
     * known one is renamed when the name differs.
     */
    @Transactional
    public ImportSummary importCsv(byte[] file, boolean dryRun, Caller caller) {
        return imports.run(file, dryRun, (lines, tally) -> {
            List<NewAgency> entries = lines.stream().map(CsvLine::value).toList();
            Map<String, Agency> existing = RegisterImport.byKeys(agencies, "code",
                    entries.stream().map(NewAgency::code).toList(), agency -> agency.code);
            Set<String> registered = regions.registeredAmong(entries.stream().map(NewAgency::regionCode).toList());
            registerImport.writeEach(lines, tally, REGION,
                    entry -> write(entry, existing.get(entry.code()), registered, caller));
        });
    }

    /**
     * The one path by which an agency enters the register or changes, from the API and from a file:
     * only in a region the caller covers, a new one only in a region of {@code registeredRegions},
     * a known one only in its own region. Emits an event only for a change.
     */
    private Outcome write(NewAgency entry, Agency existing, Set<String> registeredRegions, Caller caller) {
        caller.requireRegion(entry.regionCode());
        String name = entry.name().strip();
        if (existing == null) {
            if (!registeredRegions.contains(entry.regionCode())) {
                throw RegionRepository.notRegistered("regionCode", entry.regionCode());
            }
            Agency agency = new Agency();
            agency.code = entry.code();
            agency.name = name;
            agency.regionCode = entry.regionCode();
            agency.active = true;
            agency.createdAt = Instant.now();
            agencies.persist(agency);
            outbox.record(AgencyRegistered.of(agency));
            return Outcome.CREATED;
        }
        if (!existing.regionCode.equals(entry.regionCode())) {
            throw ProblemException.invalid("regionCode", "is " + entry.regionCode() + " but agency " + existing.code
                    + " is in region " + existing.regionCode + "; an agency stays in its region");
        }
        if (existing.name.equals(name)) {
            return Outcome.UNCHANGED;
        }
        existing.name = name;
        outbox.record(AgencyUpdated.of(existing));
        return Outcome.UPDATED;
    }

    public AgencyView find(String code, Caller caller) {
        return AgencyView.of(visible(code, caller));
    }

    /** Renames an agency and announces its new state as {@code AgencyUpdated}; the same name changes nothing. */
    @Transactional
    public AgencyView change(String code, AgencyChange change, Caller caller) {
        Agency agency = visible(code, caller);
        write(new NewAgency(code, change.name(), agency.regionCode), agency, Set.of(), caller);
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
            outbox.record(AgencyUpdated.of(agency));
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
        return referenced(field, code, activeAmong(List.of(code)));
    }

    /** The active agencies among {@code codes}, by code: what many entries refer to, in a few queries. */
    public Map<String, Agency> activeAmong(Collection<String> codes) {
        Map<String, Agency> found = RegisterImport.byKeys(agencies, "code", codes, agency -> agency.code);
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
        return paging.fetch(agencies.find(filter.query(), paging.sortAmong(SORTABLE, "code", "code"),
                filter.parameters()), AgencyView::of);
    }
}
