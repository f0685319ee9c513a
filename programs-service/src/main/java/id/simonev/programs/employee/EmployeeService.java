package id.simonev.programs.employee;

import id.simonev.outbox.Outbox;
import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvImport;
import id.simonev.platform.csv.CsvLine;
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
    static final CsvColumn POSITION_TYPE = CsvColumn.optional("positionType", "jenis_jabatan");
    static final CsvColumn RANK = CsvColumn.optional("rank", "golongan", "golongan_ruang", "gol_ruang");
    static final CsvColumn SUPERVISOR = CsvColumn.optional(Supervision.FIELD, "nip_atasan", "atasan_langsung",
            "nip_atasan_langsung");
    /** How personnel systems write jenis kelamin. */
    private static final Map<String, Nip.Gender> GENDERS = Map.of("L", Nip.Gender.L, "P", Nip.Gender.P,
            "LAKI-LAKI", Nip.Gender.L, "PEREMPUAN", Nip.Gender.P);
    /**
     * How personnel systems write jenis jabatan, including the names before PermenPANRB 41/2018
     * made jabatan fungsional umum the jabatan pelaksana.
     */
    private static final Map<String, PositionType> POSITION_TYPES = Map.of("JPT", PositionType.JPT,
            "JABATAN PIMPINAN TINGGI", PositionType.JPT, "PIMPINAN TINGGI", PositionType.JPT,
            "ADMINISTRATOR", PositionType.ADMINISTRATOR, "PENGAWAS", PositionType.PENGAWAS,
            "PELAKSANA", PositionType.PELAKSANA, "FUNGSIONAL UMUM", PositionType.PELAKSANA,
            "FUNGSIONAL", PositionType.FUNGSIONAL, "FUNGSIONAL TERTENTU", PositionType.FUNGSIONAL);
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
        this.imports = CsvImport.of(List.of(NIP, NAME, GENDER, AGENCY, POSITION, STATUS, POSITION_TYPE, RANK,
                        SUPERVISOR), EmployeeService::read)
                .validatedBy(validator).uniqueBy(NIP, NewEmployee::nip);
    }

    /** A row of a personnel system's export; a NIP printed in groups ({@code 19671110 199203 1 001}) is joined. */
    private static NewEmployee read(CsvRow row) {
        return new NewEmployee(row.text(NIP), row.text(NAME), row.oneOf(GENDER, GENDERS), row.text(AGENCY),
                row.text(POSITION), row.oneOf(STATUS, STATUSES), row.oneOf(POSITION_TYPE, POSITION_TYPES),
                row.text(RANK), row.text(SUPERVISOR));
    }

    /** Registers a civil servant of an active agency in the caller's regions; announces {@code EmployeeRegistered}. */
    @Transactional
    public EmployeeView register(NewEmployee request, Caller caller, String idempotencyKey) {
        return register.registerOnce(idempotencyKey, caller, "register employee", request, () -> {
            register.refuseRegistered(request.nip(), caller,
                    "An employee with NIP " + request.nip() + " is already registered");
            Map<String, Agency> active = agencies.activeAmong(List.of(request.agencyCode()));
            write(request, null, active, supervision(List.of(request), Map.of(), active), caller);
            return request.nip();
        });
    }

    /**
     * Imports employees as a personnel system exports them (NIP, name, gender, agency, position,
     * status, jenis jabatan, golongan, supervisor), all or nothing: a new NIP registers its
     * employee, a known one takes the row's values (another agency is a transfer). A supervisor
     * may be another row of the file, in any order. A file without the column of jenis jabatan,
     * golongan or supervisor leaves what the register holds of it.
     */
    @Transactional
    public ImportSummary importCsv(byte[] file, boolean dryRun, Caller caller) {
        return imports.run(file, dryRun, (lines, tally) -> {
            Map<String, Agency> active = agencies.activeAmong(EachEntry.values(lines, NewEmployee::agencyCode));
            Map<String, Employee> registered = register.byKeys(EachEntry.values(lines, NewEmployee::nip));
            List<CsvLine<NewEmployee>> entries = keepingWhatTheFileLacks(lines, registered);
            Supervision supervision = supervision(EachEntry.values(entries, entry -> entry), registered, active);
            register.writeEach(entries, tally, AGENCY, NewEmployee::nip,
                    (entry, existing) -> write(entry, existing, active, supervision, caller));
        });
    }

    /** The lines with, for a registered employee, what the register holds where the file has no such column. */
    private static List<CsvLine<NewEmployee>> keepingWhatTheFileLacks(List<CsvLine<NewEmployee>> lines,
                                                                      Map<String, Employee> registered) {
        if (lines.isEmpty()) {
            return lines;
        }
        CsvRow file = lines.get(0).row();
        boolean types = file.has(POSITION_TYPE);
        boolean ranks = file.has(RANK);
        boolean supervisors = file.has(SUPERVISOR);
        return lines.stream().map(line -> {
            NewEmployee entry = line.value();
            Employee employee = registered.get(entry.nip());
            return employee == null ? line : new CsvLine<>(line.row(), new NewEmployee(entry.nip(), entry.name(),
                    entry.gender(), entry.agencyCode(), entry.position(), entry.status(),
                    types ? entry.positionType() : employee.positionType, ranks ? entry.rank() : employee.rank,
                    supervisors ? entry.supervisorNip() : employee.supervisorNip));
        }).toList();
    }

    private Supervision supervision(List<NewEmployee> entries, Map<String, Employee> registered,
                                    Map<String, Agency> active) {
        return Supervision.of(entries, registered, active, register::byKeys);
    }

    /**
     * The one path by which an employee enters the register or changes, from the API and from a
     * file: a valid NIP whose gender digit agrees, a golongan of the employee's status, an agency
     * among the {@code active} ones unless it stays in its own, a supervisor that {@code supervision}
     * knows, unless it stays the same, and a caller who covers the region it leaves, the one it
     * joins, and the supervisor's. Emits an event only for a change.
     */
    private Outcome write(NewEmployee entry, Employee existing, Map<String, Agency> active, Supervision supervision,
                          Caller caller) {
        Nip nip = valid(entry);
        if (existing != null) {
            caller.requireReference("nip", "employee " + existing.nip, existing.regionCode);
        }
        Agency joined = null;
        if (existing == null || !existing.agencyCode.equals(entry.agencyCode())) {
            joined = AgencyService.referenced("agencyCode", entry.agencyCode(), active);
            caller.requireReference("agencyCode", "agency " + joined.code, joined.regionCode);
        }
        if (entry.supervisorNip() != null
                && (existing == null || !entry.supervisorNip().equals(existing.supervisorNip))) {
            caller.requireReference(Supervision.FIELD, "employee " + entry.supervisorNip(),
                    supervision.regionOfSupervisor(entry));
            supervision.refuseCycle(entry);
        }
        if (existing == null) {
            Employee employee = Employee.register(nip, entry, joined);
            return register.enter(employee, employee.registered());
        }
        return register.changed(existing.change(entry, joined));
    }

    /**
     * The entry's NIP, when it is one and its gender digit agrees with the gender given, the
     * golongan is one of the employee's status and the supervisor is someone else; a 400 problem
     * naming the field otherwise.
     */
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
        if (entry.rank() != null) {
            entry.status().refusal(entry.rank()).ifPresent(reason -> {
                throw ProblemException.invalid("rank", reason);
            });
        }
        if (nip.value().equals(entry.supervisorNip())) {
            throw ProblemException.invalid(Supervision.FIELD,
                    "is the employee's own NIP: an employee is not their own atasan langsung");
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
        NewEmployee entry = change.of(nip, employee.gender);
        Map<String, Agency> active = agencies.activeAmong(List.of(change.agencyCode()));
        write(entry, employee, active, supervision(List.of(entry), Map.of(nip, employee), active), caller);
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
