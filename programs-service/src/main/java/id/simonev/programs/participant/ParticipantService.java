package id.simonev.programs.participant;

import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvImport;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.register.Register;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.OptionalText;
import id.simonev.programs.employee.Employee;
import id.simonev.programs.employee.EmployeeRepository;
import id.simonev.programs.importing.ImportWriter;
import id.simonev.programs.program.Program;
import id.simonev.programs.program.ProgramRepository;
import id.simonev.programs.program.ProgramService;
import id.simonev.programs.program.ProgramStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who takes part in a program and how they do: enrolment within capacity, withdrawal with a
 * reason, attendance per session and test scores. Each change is announced, keyed by the program.
 */
@ApplicationScoped
public class ParticipantService {

    private static final Set<ProgramStatus> OPEN_FOR_ENROLMENT = EnumSet.of(ProgramStatus.SCHEDULED,
            ProgramStatus.RUNNING);
    private static final Set<ProgramStatus> RUNNING = EnumSet.of(ProgramStatus.RUNNING);
    private static final Set<ProgramStatus> TESTING = EnumSet.of(ProgramStatus.SCHEDULED, ProgramStatus.RUNNING);
    private static final Map<String, String> SORTABLE = Map.of("nip", "nip", "name", "name",
            "agencyCode", "agencyCode", "enrolledAt", "enrolledAt", "status", "status");

    private static final CsvColumn NIP = CsvColumn.required("nip", "nip_baru");
    private static final CsvColumn SESSION = CsvColumn.required("session", "sesi", "pertemuan");
    private static final CsvColumn PRESENT = CsvColumn.required("present", "hadir", "kehadiran");
    private static final CsvColumn PRE_TEST = CsvColumn.optional("preTest", "pre_test", "pretest", "nilai_pre_test");
    private static final CsvColumn POST_TEST = CsvColumn.optional("postTest", "post_test", "posttest",
            "nilai_post_test");
    /** How offices write presence in a spreadsheet. */
    private static final Map<String, Boolean> PRESENCE = Map.of("TRUE", true, "FALSE", false, "YA", true,
            "TIDAK", false, "HADIR", true, "ABSEN", false, "1", true, "0", false);
    private static final CsvImport<Enrolment> ENROLMENTS = CsvImport.of(List.of(NIP),
            row -> new Enrolment(row.text(NIP))).uniqueBy(NIP, Enrolment::nip);
    private static final CsvImport<AttendanceLine> ATTENDANCE = CsvImport.of(List.of(NIP, SESSION, PRESENT),
                    row -> new AttendanceLine(row.text(NIP), row.wholeNumber(SESSION), row.oneOf(PRESENT, PRESENCE)))
            .uniqueBy(SESSION, line -> line.nip() + " " + line.session());

    private final ParticipantRepository participants;
    private final ProgramRepository programs;
    private final ProgramService programService;
    private final EmployeeRepository employees;
    private final IdempotentRequests idempotentRequests;
    private final ImportWriter imports;
    private final Validator validator;
    /** Reads each row's scores as the JSON API reads them, so that both refuse the same values. */
    private final CsvImport<ScoreLine> scoreImport;

    ParticipantService(ParticipantRepository participants, ProgramRepository programs, ProgramService programService,
                       EmployeeRepository employees, IdempotentRequests idempotentRequests, ImportWriter imports,
                       Validator validator) {
        this.participants = participants;
        this.programs = programs;
        this.programService = programService;
        this.employees = employees;
        this.idempotentRequests = idempotentRequests;
        this.imports = imports;
        this.validator = validator;
        this.scoreImport = CsvImport.of(List.of(NIP, PRE_TEST, POST_TEST), row -> {
            TestScores scores = new TestScores(row.decimal(PRE_TEST), row.decimal(POST_TEST));
            validator.validate(scores).forEach(violation ->
                    row.rejectField(violation.getPropertyPath().toString(), violation.getMessage()));
            return new ScoreLine(row.text(NIP), scores);
        }).uniqueBy(NIP, ScoreLine::nip);
    }

    /** The program, locked for the change, for a caller who covers its region. */
    Program programToChange(UUID programId, Caller caller) {
        return ProgramService.visible(programs.requireLocked(programId), caller);
    }

    @Transactional
    public ParticipantView enrol(UUID programId, Enrolment enrolment, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "enrol participant " + programId, enrolment,
                ParticipantView.class, () -> {
                    Participant participant = enrol(programToChange(programId, caller), enrolment.nip(), caller);
                    return ParticipantView.of(participant, 0);
                });
    }

    /**
     * Enrols an active employee of a region the caller covers while the program has a place;
     * announces {@code ParticipantEnrolled}.
     */
    Participant enrol(Program program, String nip, Caller caller) {
        requireStatus(program, OPEN_FOR_ENROLMENT, "takes participants");
        return enrol(program, nip, employees.findByIdOptional(nip).orElse(null),
                participants.find(program.id, nip).orElse(null), participants.holdingPlaces(program.id), caller);
    }

    /**
     * The rules of enrolment, on what was looked up for it ({@code employee} and {@code existing}
     * null when there is none; {@code holding} the places taken): one path for a single enrolment
     * and for a file of them.
     */
    Participant enrol(Program program, String nip, Employee employee, Participant existing, long holding,
                      Caller caller) {
        if (employee == null || !employee.active) {
            throw ProblemException.unknownReference("nip", "employee " + nip
                    + " is not in the register or no longer active");
        }
        caller.requireReference("nip", "employee " + nip, employee.regionCode);
        if (existing != null) {
            throw ProblemException.conflict("Employee " + nip + " is already enrolled in program " + program.code
                    + (existing.status == ParticipantStatus.WITHDRAWN ? " (and withdrew)" : ""));
        }
        if (holding >= program.capacity) {
            throw ProblemException.conflict("Program " + program.code + " is full: all " + program.capacity
                    + " places are taken");
        }
        Participant participant = new Participant();
        participant.programId = program.id;
        participant.nip = employee.nip;
        participant.name = employee.name;
        participant.agencyCode = employee.agencyCode;
        participant.regionCode = employee.regionCode;
        participant.status = ParticipantStatus.ENROLLED;
        participant.enrolledAt = Instant.now();
        participants.persist(participant);
        programService.announce(program, new ParticipantEnrolled(program.regionCode, program.id, participant.nip,
                participant.name, participant.agencyCode, participant.regionCode, participant.enrolledAt));
        return participant;
    }

    /** Imports a file of NIPs to enrol, all or nothing. */
    @Transactional
    public ImportSummary importEnrolments(UUID programId, byte[] file, boolean dryRun, Caller caller) {
        Program program = programToChange(programId, caller);
        requireStatus(program, OPEN_FOR_ENROLMENT, "takes participants");
        return ENROLMENTS.validatedBy(validator).run(file, dryRun, (lines, tally) -> {
            List<String> nips = lines.stream().map(line -> line.value().nip()).toList();
            Map<String, Employee> found = Register.byKeys(employees, "nip", nips, employee -> employee.nip);
            Map<String, Participant> existing = participants.byNip(program.id);
            long[] holding = {participants.holdingPlaces(program.id)};
            imports.writeEach(lines, tally, NIP, enrolment -> {
                enrol(program, enrolment.nip(), found.get(enrolment.nip()), existing.get(enrolment.nip()), holding[0],
                        caller);
                holding[0]++;
                return Outcome.CREATED;
            });
        });
    }

    /** Withdraws a participant before the program ends, keeping the history; announces {@code ParticipantWithdrawn}. */
    @Transactional
    public ParticipantView withdraw(UUID programId, String nip, Withdrawal withdrawal, Caller caller) {
        Program program = programToChange(programId, caller);
        requireStatus(program, OPEN_FOR_ENROLMENT, "lets participants withdraw");
        String note = OptionalText.stripped(withdrawal.note());
        if (withdrawal.reason() == WithdrawalReason.OTHER && note == null) {
            throw ProblemException.invalid("note", "is required when the reason is OTHER");
        }
        Participant participant = enrolled(program, nip);
        participant.status = ParticipantStatus.WITHDRAWN;
        participant.withdrawnAt = Instant.now();
        participant.withdrawalReason = withdrawal.reason();
        participant.withdrawalNote = note;
        programService.announce(program, new ParticipantWithdrawn(program.regionCode, program.id, nip,
                participant.agencyCode, participant.withdrawalReason, note, participant.withdrawnAt));
        return view(program, participant);
    }

    @Transactional
    public ParticipantView recordAttendance(UUID programId, String nip, int session, AttendanceMark mark,
                                            Caller caller) {
        Program program = programToChange(programId, caller);
        requireStatus(program, RUNNING, "takes attendance");
        AttendanceSheet sheet = new AttendanceSheet(program, participants.attendance(program.id, nip));
        recordAttendance(program, sheet, new AttendanceLine(nip, session, mark.present()));
        return ParticipantView.of(enrolled(program, nip), sheet.attendedJp(nip));
    }

    /**
     * Records presence at one session of a running program; announces {@code AttendanceRecorded}
     * with the JP attended so far when it changed (recording the same again changes and announces
     * nothing).
     */
    Outcome recordAttendance(Program program, AttendanceSheet sheet, AttendanceLine line) {
        if (line.session() < 1 || line.session() > program.sessions.size()) {
            throw ProblemException.invalid("session", "must be a session of the program, 1 to "
                    + program.sessions.size());
        }
        enrolled(program, line.nip());
        Boolean before = sheet.mark(line.nip(), line.session(), line.present());
        if (line.present().equals(before)) {
            return Outcome.UNCHANGED;
        }
        participants.recordAttendance(program.id, line.nip(), line.session(), line.present(), Instant.now());
        programService.announce(program, new AttendanceRecorded(program.regionCode, program.id, line.nip(),
                line.session(), line.present(), sheet.attendedJp(line.nip()), program.jp));
        return before == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** Imports a file of attendance marks (NIP, session, present) of a running program, all or nothing. */
    @Transactional
    public ImportSummary importAttendance(UUID programId, byte[] file, boolean dryRun, Caller caller) {
        Program program = programToChange(programId, caller);
        requireStatus(program, RUNNING, "takes attendance");
        return ATTENDANCE.validatedBy(validator).run(file, dryRun, (lines, tally) -> {
            participants.preload(program.id);
            AttendanceSheet sheet = new AttendanceSheet(program, participants.attendance(program.id));
            imports.writeEach(lines, tally, NIP, line -> recordAttendance(program, sheet, line));
        });
    }

    @Transactional
    public ParticipantView recordScores(UUID programId, String nip, TestScores scores, Caller caller) {
        Program program = programToChange(programId, caller);
        requireStatus(program, TESTING, "takes test scores");
        recordScores(program, new ScoreLine(nip, scores));
        return view(program, enrolled(program, nip));
    }

    /** Records test scores of a scheduled or running program; announces {@code TestScoresRecorded} when they changed. */
    Outcome recordScores(Program program, ScoreLine line) {
        TestScores scores = line.scores();
        if (scores.preTest() == null && scores.postTest() == null) {
            throw ProblemException.invalid("preTest", "or postTest is required");
        }
        Participant participant = enrolled(program, line.nip());
        BigDecimal preTest = scores.preTest() == null ? participant.preTest : scores.preTest();
        BigDecimal postTest = scores.postTest() == null ? participant.postTest : scores.postTest();
        if (sameScore(preTest, participant.preTest) && sameScore(postTest, participant.postTest)) {
            return Outcome.UNCHANGED;
        }
        participant.preTest = preTest;
        participant.postTest = postTest;
        programService.announce(program, new TestScoresRecorded(program.regionCode, program.id, line.nip(), preTest, postTest));
        return Outcome.UPDATED;
    }

    /** Imports a file of test scores (NIP, pre-test, post-test) of a scheduled or running program, all or nothing. */
    @Transactional
    public ImportSummary importScores(UUID programId, byte[] file, boolean dryRun, Caller caller) {
        Program program = programToChange(programId, caller);
        requireStatus(program, TESTING, "takes test scores");
        return scoreImport.validatedBy(validator).run(file, dryRun, (lines, tally) -> {
            participants.preload(program.id);
            imports.writeEach(lines, tally, NIP, line -> recordScores(program, line));
        });
    }

    public ParticipantView find(UUID programId, String nip, Caller caller) {
        Program program = ProgramService.visible(programs.require(programId), caller);
        return view(program, participants.find(programId, nip).orElseThrow(() ->
                ProblemException.notFound("Participant with NIP", nip)));
    }

    public Page<ParticipantView> list(UUID programId, ParticipantStatus status, String agency, PageRequest paging,
                                      Caller caller) {
        Program program = ProgramService.visible(programs.require(programId), caller);
        AttendanceSheet sheet = new AttendanceSheet(program, participants.attendance(programId));
        Filter filter = new Filter().where("programId = :programId", "programId", programId)
                .equal("status", status).equal("agencyCode", agency);
        return paging.fetch(participants.find(filter.query(), paging.sortAmong(SORTABLE, "name", "nip"),
                filter.parameters()), p -> ParticipantView.of(p, sheet.attendedJp(p.nip)));
    }

    private Participant enrolled(Program program, String nip) {
        Participant participant = participants.find(program.id, nip).orElseThrow(() ->
                ProblemException.notFound("Participant with NIP", nip));
        if (participant.status != ParticipantStatus.ENROLLED) {
            throw ProblemException.conflict("Participant " + nip + " is " + participant.status + " in program "
                    + program.code);
        }
        return participant;
    }

    private ParticipantView view(Program program, Participant participant) {
        AttendanceSheet sheet = new AttendanceSheet(program, participants.attendance(program.id, participant.nip));
        return ParticipantView.of(participant, sheet.attendedJp(participant.nip));
    }

    private static boolean sameScore(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    private static void requireStatus(Program program, Set<ProgramStatus> allowed, String what) {
        if (!allowed.contains(program.status)) {
            throw ProblemException.conflict("Program " + program.code + " is " + program.status + ": only a "
                    + allowed + " program " + what);
        }
    }
}
