package id.simonev.programs.region;

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
import id.simonev.platform.register.Register;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The regions of the register: provinces and their kabupaten/kota, by Kemendagri code. */
@ApplicationScoped
public class RegionService {

    static final CsvColumn CODE = CsvColumn.required("code", "kode", "kode_wilayah");
    static final CsvColumn NAME = CsvColumn.required("name", "nama", "nama_wilayah");
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

    private final Register<Region, RegionView> register;
    private final RegionRepository regions;
    private final CsvImport<NewRegion> imports;

    RegionService(RegionRepository regions, Outbox outbox, IdempotentRequests idempotentRequests, Validator validator) {
        this.register = new Register<>(regions, "Region", "code", RegionView::of, RegionView.class,
                idempotentRequests, outbox::record, outbox::batched);
        this.regions = regions;
        this.imports = CsvImport.of(List.of(CODE, NAME), row -> new NewRegion(row.text(CODE), row.text(NAME)))
                .validatedBy(validator).uniqueBy(CODE, NewRegion::code);
    }

    /** Registers a province, or a kabupaten/kota of a registered province; announces {@code RegionRegistered}. */
    @Transactional
    public RegionView register(NewRegion request, Caller caller, String idempotencyKey) {
        return register.registerOnce(idempotencyKey, caller, "register region", request, () -> {
            register.refuseRegistered(request.code(), caller, "Region " + request.code() + " is already registered");
            write(request, null, provincesOf(List.of(request), Set.of()), caller);
            return request.code();
        });
    }

    /** Renames a region and announces {@code RegionUpdated}; the same name again changes nothing. */
    @Transactional
    public RegionView rename(String code, RegionChange change, Caller caller) {
        Region region = register.existing(code);
        write(new NewRegion(code, change.name()), region, Set.of(), caller);
        return register.view(region);
    }

    /**
     * Imports Kemendagri's code list (code, name), all or nothing: a new code registers its region,
     * a known one renames it when the name differs. A kabupaten/kota needs its province in the
     * register or in the same file.
     */
    @Transactional
    public ImportSummary importCsv(byte[] file, boolean dryRun, Caller caller) {
        return imports.run(file, dryRun, (lines, tally) -> {
            List<NewRegion> entries = lines.stream().map(CsvLine::value).toList();
            Set<String> provinces = provincesOf(entries, entries.stream()
                    .filter(entry -> entry.parentCode() == null).map(NewRegion::code).toList());
            // Provinces first, so that each kabupaten/kota is written after its province.
            List<CsvLine<NewRegion>> byLevel = lines.stream()
                    .sorted(Comparator.comparing(line -> line.value().code().length())).toList();
            register.writeEach(byLevel, tally, CODE, NewRegion::code,
                    (entry, existing) -> write(entry, existing, provinces, caller));
        });
    }

    /** The provinces {@code entries} belong to that the register holds, and {@code alsoKnown}. */
    private Set<String> provincesOf(List<NewRegion> entries, Collection<String> alsoKnown) {
        Set<String> parents = new HashSet<>(entries.stream().map(NewRegion::parentCode).filter(Objects::nonNull)
                .toList());
        Set<String> known = regions.registeredAmong(parents);
        known.addAll(alsoKnown);
        return known;
    }

    /**
     * The one path by which a region enters the register or changes, from the API and from a file:
     * only a caller covering the code writes it, and a new kabupaten/kota needs its province
     * among {@code provinces}. Emits an event only for a change.
     */
    private Outcome write(NewRegion entry, Region existing, Set<String> provinces, Caller caller) {
        caller.requireRegion(entry.code());
        if (existing == null) {
            if (entry.parentCode() != null && !provinces.contains(entry.parentCode())) {
                throw ProblemException.unknownReference("code", "province " + entry.parentCode() + " of "
                        + entry.code() + " is not in the register");
            }
            Region region = Region.register(entry);
            return register.enter(region, region.registered());
        }
        return register.changed(existing.rename(entry.name()));
    }

    public RegionView find(String code) {
        return register.view(register.existing(code));
    }

    /** Regions are public knowledge (Kemendagri publishes them): every role sees them all. */
    public Page<RegionView> list(RegionLevel level, String parent, String nameContains, PageRequest paging) {
        Filter filter = new Filter()
                .where("length(code) = :codeLength", "codeLength", level == null ? null : level.codeLength())
                .equal("parentCode", parent)
                .where("lower(name) like :nameContains escape '!'", "nameContains", nameContains == null ? null
                        : "%" + nameContains.strip().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%");
        return register.list(filter, paging, SORTABLE, "code");
    }
}
