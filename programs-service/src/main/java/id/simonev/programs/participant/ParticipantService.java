package id.simonev.programs.participant;

import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.OptionalText;
import id.simonev.programs.employee.Employee;
import id.simonev.programs.employee.EmployeeRepository;
import id.simonev.programs.program.Program;
import id.simonev.programs.program.ProgramRepository;
import id.simonev.programs.program.ProgramService;
import id.simonev.programs.program.ProgramStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
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
    private static final Set<ProgramStatus> TESTING = EnumSet.of(ProgramStatus.SCHEDULED, ProgramStatus.RUNNING);
    private static final Map<String, String> SORTABLE = Map.of("nip", "nip", "name", "name",
            "agencyCode", "agencyCode", "enrolledAt", "enrolledAt", "status", "status");

    private final ParticipantRepository participants;
    private final ProgramRepository programs;
    private final ProgramService programService;
    private final EmployeeRepository employees;
    private final IdempotentRequests idempotentRequests;

    ParticipantService(ParticipantRepository participants, ProgramRepository programs, ProgramService programService,
                       EmployeeRepository employees, IdempotentRequests idempotentRequests) {
        this.participants = participants;
        this.programs = programs;
        this.programService = programService;
        this.employees = employees;
        this.idempotentRequests = idempotentRequests;
    }

    /** The program, locked for the change, for a caller who covers its region. */
    Program programToChange(UUID programId, Caller caller) {
        return ProgramService.visible(programs.requireLocked(programId), caller);
    }

    @Transactional
    public ParticipantView enrol(UUID programId, Enrolment enrolment, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "enrol participant " + programId, enrolment,
                ParticipantView.class, () -> {
                    Participant participant = enrol(programToChange(programId, caller), enrolment.nip());
                    return ParticipantView.of(participant, 0);
                });
    }

    /** Enrols an active employee while the program has a place; announces {@code ParticipantEnrolled}. */
    Participant enrol(Program program, String nip) {
        requireStatus(program, OPEN_FOR_ENROLMENT, "takes participants");
        Employee employee = employees.findByIdOptional(nip).filter(found -> found.active)
                .orElseThrow(() -> ProblemException.unknownReference("nip",
                        "employee " + nip + " is not in the register or no longer active"));
        participants.find(program.id, nip).ifPresent(existing -> {
            throw ProblemException.conflict("Employee " + nip + " is already enrolled in program " + program.code
                    + (existing.status == ParticipantStatus.WITHDRAWN ? " (and withdrew)" : ""));
        });
        if (participants.holdingPlaces(program.id) >= program.capacity) {
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
        programService.announce(program, new ParticipantEnrolled(program.id, participant.nip, participant.name,
                participant.agencyCode, participant.regionCode, participant.enrolledAt));
        return participant;
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
        programService.announce(program, new ParticipantWithdrawn(program.id, nip, participant.agencyCode,
                participant.withdrawalReason, note, participant.withdrawnAt));
        return view(participant);
    }

    @Transactional
    public ParticipantView recordAttendance(UUID programId, String nip, int session, AttendanceMark mark,
                                            Caller caller) {
        Program program = programToChange(programId, caller);
        return view(recordAttendance(program, nip, session, mark.present()));
    }

    /**
     * Records presence at one session of a running program; announces {@code AttendanceRecorded}
     * when it changed (recording the same again changes and announces nothing).
     */
    Participant recordAttendance(Program program, String nip, int session, boolean present) {
        requireStatus(program, EnumSet.of(ProgramStatus.RUNNING), "takes attendance");
        if (session < 1 || session > program.sessions.size()) {
            throw ProblemException.invalid("session", "must be a session of the program, 1 to "
                    + program.sessions.size());
        }
        Participant participant = enrolled(program, nip);
        if (participants.recordAttendance(program.id, nip, session, present, Instant.now())) {
            programService.announce(program, new AttendanceRecorded(program.id, nip, session, present,
                    attendedJp(participant), program.jp));
        }
        return participant;
    }

    @Transactional
    public ParticipantView recordScores(UUID programId, String nip, TestScores scores, Caller caller) {
        return view(recordScores(programToChange(programId, caller), nip, scores));
    }

    /** Records test scores of a scheduled or running program; announces {@code TestScoresRecorded} when they changed. */
    Participant recordScores(Program program, String nip, TestScores scores) {
        if (scores.preTest() == null && scores.postTest() == null) {
            throw ProblemException.invalid("preTest", "or postTest is required");
        }
        requireStatus(program, TESTING, "takes test scores");
        Participant participant = enrolled(program, nip);
        BigDecimal preTest = scores.preTest() == null ? participant.preTest : scores.preTest();
        BigDecimal postTest = scores.postTest() == null ? participant.postTest : scores.postTest();
        if (!sameScore(preTest, participant.preTest) || !sameScore(postTest, participant.postTest)) {
            participant.preTest = preTest;
            participant.postTest = postTest;
            programService.announce(program, new TestScoresRecorded(program.id, nip, preTest, postTest));
        }
        return participant;
    }

    public ParticipantView find(UUID programId, String nip, Caller caller) {
        ProgramService.visible(programs.require(programId), caller);
        return view(participants.find(programId, nip).orElseThrow(() ->
                ProblemException.notFound("Participant with NIP", nip)));
    }

    public Page<ParticipantView> list(UUID programId, ParticipantStatus status, String agency, PageRequest paging,
                                      Caller caller) {
        ProgramService.visible(programs.require(programId), caller);
        Map<String, Integer> attended = participants.attendedJp(programId);
        Filter filter = new Filter().where("programId = :programId", "programId", programId)
                .equal("status", status).equal("agencyCode", agency);
        return paging.fetch(participants.find(filter.query(), paging.sortAmong(SORTABLE, "name", "nip"),
                filter.parameters()), p -> ParticipantView.of(p, attended.getOrDefault(p.nip, 0)));
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

    private int attendedJp(Participant participant) {
        return participants.attendedJp(participant.programId, participant.nip);
    }

    private ParticipantView view(Participant participant) {
        return ParticipantView.of(participant, attendedJp(participant));
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
