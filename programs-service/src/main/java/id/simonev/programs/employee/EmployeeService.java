package id.simonev.programs.employee;

import id.simonev.outbox.Outbox;
import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvImport;
import id.simonev.platform.csv.EachEntry;
import id.simonev.platform.csv.CsvRow;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.nip.Nip;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
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
public class EmployeeService {

    static final CsvColumn NIP = CsvColumn.required("nip");
    static final CsvColumn NAME = CsvColumn.required("name", "nama");
    static final CsvColumn GENDER = CsvColumn.required("gender", "jenis_kelamin", "jk");
    static final CsvColumn AGENCY = CsvColumn.required("agencyCode", "kode_instansi");
    static final CsvColumn POSITION = CsvColumn.optional("position", "jabatan");
    static final CsvColumn STATUS = CsvColumn.required("status", "status_kepegawaian", "status_pegawai");
    /** How personnel systems write jenis kelamin. */
    private static final Map<String, Nip.Gender> GENDERS = Map.of("L", Nip.Gender.L, "P", Nip.Gender.P,
            "LAKI-LAKI", Nip.Gender.L, "PEREMPUAN", Nip.Gender.P);
    private static final Map<String, EmploymentStatus> STATUSES = Map.of("PNS", EmploymentStatus.PNS,
            "PPPK", EmploymentStatus.PPPK);
    private static final Map<String, String> SORTABLE = Map.of("nip", "nip", "name", "name",
            "agencyCode", "agencyCode");

    private final Register<Employee, EmployeeView> register;
    private final AgencyService agencies;
    private final CsvImport<NewEmployee> imports;

    EmployeeService(EmployeeRepository employees, AgencyService agencies, Outbox outbox,
                    IdempotentRequests idempotentRequests, Validator validator) {
        this.register = new Register<>(employees, "Employee with NIP", "nip", EmployeeView::of, EmployeeView.class,
                idempotentRequests, outbox::record, outbox::batched);
        this.agencies = agencies;
        this.imports = CsvImport.of(List.of(NIP, NAME, GENDER, AGENCY, POSITION, STATUS), EmployeeService::read)
                .validatedBy(validator).uniqueBy(NIP, NewEmployee::nip);
    }

    /** A row of a personnel system's export; a NIP printed in groups ({@code 19671110 199203 1 001}) is joined. */
    private static NewEmployee read(CsvRow row) {
        return new NewEmployee(row.text(NIP), row.text(NAME),
                row.oneOf(GENDER, GENDERS), row.text(AGENCY), row.text(POSITION), row.oneOf(STATUS, STATUSES));
    }

    /** Registers a civil servant of an active agency in the caller's regions; announces {@code EmployeeRegistered}. */
    @Transactional
    public EmployeeView register(NewEmployee request, Caller caller, String idempotencyKey) {
        return register.registerOnce(idempotencyKey, caller, "register employee", request, () -> {
            register.refuseRegistered(request.nip(), caller,
                    "An employee with NIP " + request.nip() + " is already registered");
            write(request, null, agencies.activeAmong(List.of(request.agencyCode())), caller);
            return request.nip();
        });
    }

    /**
     * Imports employees as a personnel system exports them (NIP, name, gender, agency, position,
     * status), all or nothing: a new NIP registers its employee, a known one takes the row's
     * values (another agency is a transfer).
     */
    @Transactional
    public ImportSummary importCsv(byte[] file, boolean dryRun, Caller caller) {
        return imports.run(file, dryRun, (lines, tally) -> {
            Map<String, Agency> active = agencies.activeAmong(EachEntry.values(lines, NewEmployee::agencyCode));
            register.writeEach(lines, tally, AGENCY, NewEmployee::nip,
                    (entry, existing) -> write(entry, existing, active, caller));
        });
    }

    /**
     * The one path by which an employee enters the register or changes, from the API and from a
     * file: a valid NIP whose gender digit agrees, an agency among the {@code active} ones unless
     * it stays in its own, and a caller who covers the region it leaves and the one it joins.
     * Emits an event only for a change.
     */
    private Outcome write(NewEmployee entry, Employee existing, Map<String, Agency> active, Caller caller) {
        Nip nip = valid(entry);
        if (existing != null) {
            caller.requireReference("nip", "employee " + existing.nip, existing.regionCode);
        }
        Agency joined = null;
        if (existing == null || !existing.agencyCode.equals(entry.agencyCode())) {
            joined = AgencyService.referenced("agencyCode", entry.agencyCode(), active);
            caller.requireReference("agencyCode", "agency " + joined.code, joined.regionCode);
        }
        if (existing == null) {
            Employee employee = Employee.register(nip, entry, joined);
            return register.enter(employee, employee.registered());
        }
        return register.changed(existing.change(entry, joined));
    }

    /** The entry's NIP, when it is one and its gender digit agrees with the gender given; a 400 problem otherwise. */
    private static Nip valid(NewEmployee entry) {
        Nip.Reading reading = Nip.read(entry.nip());
        if (reading instanceof Nip.Invalid invalid) {
            throw ProblemException.invalid("nip", invalid.reason());
        }
        Nip nip = ((Nip.Valid) reading).nip();
        if (nip.gender() != entry.gender()) {
            throw ProblemException.invalid("gender", "is " + entry.gender() + " but the NIP's gender digit says "
                    + nip.gender());
        }
        return nip;
    }

    public EmployeeView find(String nip, Caller caller) {
        return register.find(nip, caller);
    }

    /**
     * Changes an employee; another agency is a transfer, which the caller must cover at both ends.
     * Announces the new state as {@code EmployeeUpdated}; the same values again change nothing.
     */
    @Transactional
    public EmployeeView change(String nip, EmployeeChange change, Caller caller) {
        Employee employee = register.visible(nip, caller);
        write(new NewEmployee(nip, change.name(), employee.gender, change.agencyCode(), change.position(),
                change.status()), employee, agencies.activeAmong(List.of(change.agencyCode())), caller);
        return register.view(employee);
    }

    /** Deactivates an employee (retired, left the service): the history stays. Again changes nothing. */
    @Transactional
    public EmployeeView deactivate(String nip, Caller caller) {
        return register.deactivate(nip, caller, Employee::deactivate);
    }

    public Page<EmployeeView> list(String region, String agency, Boolean active, PageRequest paging, Caller caller) {
        Filter filter = new Filter().visibleTo("regionCode", caller).inRegion("regionCode", region)
                .equal("agencyCode", agency).equal("active", active);
        return register.list(filter, paging, SORTABLE, "name");
    }
}
