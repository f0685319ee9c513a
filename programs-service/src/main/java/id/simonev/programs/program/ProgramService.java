package id.simonev.programs.program;

import id.simonev.outbox.Outbox;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.OptionalText;
import id.simonev.programs.agency.Agency;
import id.simonev.programs.agency.AgencyService;
import id.simonev.programs.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Plans programs and takes them through their life. A draft is the office's own: nothing of it is
 * announced until it is scheduled; from then on every change is announced on
 * {@code simonev.programs.v1}, keyed by the program's id.
 */
@ApplicationScoped
public class ProgramService {

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "title", "title", "startDate", "startDate", "endDate", "endDate",
            "regionCode", "regionCode", "createdAt", "createdAt", "status", "status");

    private final ProgramRepository programs;
    private final RegionRepository regions;
    private final AgencyService agencies;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final Event<ProgramCompletion> completion;

    ProgramService(ProgramRepository programs, RegionRepository regions, AgencyService agencies, Outbox outbox,
                   IdempotentRequests idempotentRequests, Event<ProgramCompletion> completion) {
        this.programs = programs;
        this.regions = regions;
        this.agencies = agencies;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
        this.completion = completion;
    }

    /** Drafts a program in a region the caller covers. */
    @Transactional
    public ProgramView draft(ProgramPlan plan, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "draft program", plan, ProgramView.class, () -> {
            Program program = new Program();
            program.id = UUID.randomUUID();
            program.status = ProgramStatus.DRAFT;
            program.createdAt = Instant.now();
            program.createdBy = caller.name();
            apply(plan, program, caller);
            programs.persist(program);
            programs.recordStatusChange(program, null, null, caller.name(), program.createdAt);
            return view(program);
        });
    }

    /**
     * Changes the plan of a program that is not yet history. Once it runs, its target agencies and
     * expected outcomes (its evaluation design) stay as they were when it started.
     */
    @Transactional
    public ProgramView change(UUID id, ProgramPlan plan, Caller caller) {
        Program program = visible(programs.requireLocked(id), caller);
        if (program.status.isFinal()) {
            throw ProblemException.conflict("Program " + program.code + " is " + program.status
                    + ": its plan can no longer change");
        }
        if (program.status == ProgramStatus.RUNNING && !sameEvaluationDesign(program, plan)) {
            throw ProblemException.conflict("Program " + program.code + " is RUNNING: its target agencies and "
                    + "expected outcomes were fixed when it started");
        }
        ProgramView.Participation participation = programs.participation(program.id);
        long takingPart = participation.takingPart();
        if (plan.capacity() < takingPart) {
            throw ProblemException.conflict("Program " + program.code + " has " + takingPart
                    + " participants: its capacity cannot fall below that");
        }
        apply(plan, program, caller);
        program.updatedAt = Instant.now();
        announce(program, new ProgramUpdated(ProgramFacts.of(program)));
        return view(program, participation);
    }

    /**
     * Moves a program on in its life. Completing it decides each participant's completion in the
     * same transaction; an illegal move is a 409 problem naming the current state.
     */
    @Transactional
    public ProgramView changeStatus(UUID id, StatusChange change, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "change program status " + id, change,
                ProgramView.class, () -> {
                    Program program = visible(programs.requireLocked(id), caller);
                    ProgramStatus from = program.status;
                    if (!from.canBecome(change.status())) {
                        throw ProblemException.conflict("Program " + program.code + " is " + from
                                + " and cannot become " + change.status() + allowedAfter(from));
                    }
                    if (change.status() == ProgramStatus.COMPLETED) {
                        requireLastSessionCome(program);
                    }
                    String reason = OptionalText.stripped(change.reason());
                    if (change.status() == ProgramStatus.CANCELLED && reason == null) {
                        throw ProblemException.invalid("reason", "is required to cancel a program");
                    }
                    Instant now = Instant.now();
                    program.status = change.status();
                    program.updatedAt = now;
                    programs.recordStatusChange(program, from, reason, caller.name(), now);
                    if (program.status == ProgramStatus.SCHEDULED) {
                        announce(program, new ProgramScheduled(ProgramFacts.of(program)));
                    } else {
                        if (program.status == ProgramStatus.COMPLETED) {
                            completion.fire(new ProgramCompletion(program));
                        }
                        announce(program, new ProgramStatusChanged(program.id, program.code, program.regionCode,
                                from, program.status, reason, now));
                    }
                    return view(program);
                });
    }

    public ProgramView find(UUID id, Caller caller) {
        return view(visible(programs.require(id), caller));
    }

    public Page<ProgramSummary> list(ProgramQuery query, PageRequest paging, Caller caller) {
        Filter filter = new Filter()
                .visibleTo("regionCode", caller)
                .inRegion("regionCode", query.region())
                .equal("format", query.format())
                .equal("competencyType", query.competencyType())
                .equal("organisingAgencyCode", query.agency())
                .equal("status", query.status())
                .where("year(startDate) = :year", "year", query.year());
        return paging.fetch(programs.find(filter.query(), paging.sortAmong(SORTABLE, "startDate,desc", "id"),
                filter.parameters()), ProgramSummary::of);
    }

    /**
     * Completion decides who completed on attendance and test results, which a program whose last
     * session is still ahead cannot have: an office that ended early changes the plan first.
     */
    private static void requireLastSessionCome(Program program) {
        LocalDate lastSession = program.lastSessionDate();
        if (OfficeDate.today().isBefore(lastSession)) {
            throw ProblemException.conflict("Program " + program.code + " cannot complete before its last session on "
                    + lastSession + "; if it ended early, change its plan first");
        }
    }

    /** The program, for a caller who covers its region; a 403 problem otherwise. */
    public static Program visible(Program program, Caller caller) {
        caller.requireRegion(program.regionCode);
        return program;
    }

    /** Announces a program's event, unless the program is still a draft. */
    public void announce(Program program, ProgramEvent event) {
        if (program.status != ProgramStatus.DRAFT) {
            outbox.record(event);
        }
    }

    private ProgramView view(Program program) {
        return view(program, programs.participation(program.id));
    }

    private ProgramView view(Program program, ProgramView.Participation participation) {
        Budget budget = Budget.of(program.plannedBudget, programs.realisedBudget(program.id),
                participation.takingPart(), participation.completed());
        return ProgramView.of(program, participation, budget, programs.history(program.id));
    }

    private void apply(ProgramPlan plan, Program program, Caller caller) {
        if (plan.endDate().isBefore(plan.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate " + plan.startDate());
        }
        List<Session> sessions = sessions(plan);
        int lastAttended = programs.lastAttendedSession(program.id);
        if (sessions.size() < lastAttended) {
            throw ProblemException.conflict("Program " + plan.code() + " has attendance recorded for session "
                    + lastAttended + ": it keeps at least " + lastAttended + " sessions");
        }
        caller.requireRegion(plan.regionCode());
        regions.requireRegistered("regionCode", plan.regionCode());
        if (programs.codeTaken(plan.code(), program.id)) {
            throw ProblemException.conflict("A program with code " + plan.code() + " already exists");
        }
        List<String> targetCodes = Objects.requireNonNullElse(plan.targetAgencyCodes(), List.of());
        Set<String> targets = new TreeSet<>(targetCodes);
        List<ProgramPlan.OutcomePlan> planned = Objects.requireNonNullElse(plan.expectedOutcomes(), List.of());
        Set<String> named = new HashSet<>(targets);
        named.add(plan.organisingAgencyCode());
        planned.stream().map(ProgramPlan.OutcomePlan::agencyCode).filter(Objects::nonNull).forEach(named::add);
        Map<String, Agency> active = agencies.activeAmong(named);
        reachable("organisingAgencyCode", plan.organisingAgencyCode(), active, caller);
        for (int i = 0; i < targetCodes.size(); i++) {
            reachable("targetAgencyCodes[" + i + "]", targetCodes.get(i), active, caller);
        }
        List<ExpectedOutcome> outcomes = outcomes(planned, active, caller);
        program.code = plan.code();
        program.title = plan.title().strip();
        program.description = OptionalText.stripped(plan.description());
        program.regionCode = plan.regionCode();
        program.format = plan.format();
        program.competencyType = plan.competencyType();
        program.organisingAgencyCode = plan.organisingAgencyCode();
        program.targetAgencyCodes.clear();
        program.targetAgencyCodes.addAll(targets);
        program.startDate = plan.startDate();
        program.endDate = plan.endDate();
        program.sessions.clear();
        program.sessions.addAll(sessions);
        program.jp = sessions.stream().mapToInt(Session::jp).sum();
        program.capacity = plan.capacity();
        program.passingScore = plan.passingScore();
        program.plannedBudget = plan.plannedBudget();
        program.expectedOutcomes.clear();
        program.expectedOutcomes.addAll(outcomes);
        program.evaluationLinkValidDays = plan.evaluationLinkValidDaysOrDefault();
        program.postTrainingLagMonths = plan.postTrainingLagMonthsOrDefault();
    }

    /**
     * The sessions in date order, numbered from 1; each must fall within the program's dates and
     * name each trainer's NIP at most once.
     */
    private static List<Session> sessions(ProgramPlan plan) {
        List<ProgramPlan.SessionPlan> planned = plan.sessions();
        for (int i = 0; i < planned.size(); i++) {
            LocalDate date = planned.get(i).date();
            if (date.isBefore(plan.startDate()) || date.isAfter(plan.endDate())) {
                throw ProblemException.invalid("sessions[" + i + "].date",
                        "must be between startDate " + plan.startDate() + " and endDate " + plan.endDate());
            }
        }
        requireDistinctTrainers(planned);
        List<ProgramPlan.SessionPlan> inOrder = planned.stream()
                .sorted(Comparator.comparing(ProgramPlan.SessionPlan::date)).toList();
        List<Session> sessions = new ArrayList<>();
        for (ProgramPlan.SessionPlan session : inOrder) {
            sessions.add(new Session(sessions.size() + 1, session.date(), session.jp(),
                    List.copyOf(session.trainersOrNone())));
        }
        return sessions;
    }

    /**
     * A trainer is named once per session: a NIP given again in the same session is a 400 problem
     * naming each repetition. The same trainer may teach several sessions and programs.
     */
    private static void requireDistinctTrainers(List<ProgramPlan.SessionPlan> planned) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            List<Trainer> trainers = planned.get(i).trainersOrNone();
            Map<String, Integer> firstByNip = new HashMap<>();
            for (int j = 0; j < trainers.size(); j++) {
                String nip = trainers.get(j).nip();
                Integer first = nip == null ? null : firstByNip.putIfAbsent(nip, j);
                if (first != null) {
                    violations.add(new Problem.Violation("sessions[" + i + "].trainers[" + j + "].nip",
                            "is the NIP of trainers[" + first + "] already; a session names each trainer once"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "A session names a trainer twice", violations);
        }
    }

    /**
     * The agency of {@code active} that {@code field} refers to, in a region the caller covers; a
     * 422 or 403 problem naming the field otherwise.
     */
    private static Agency reachable(String field, String code, Map<String, Agency> active, Caller caller) {
        Agency agency = AgencyService.referenced(field, code, active);
        caller.requireReference(field, "agency " + code, agency.regionCode);
        return agency;
    }

    /**
     * The expected outcomes, each naming an indicator of an {@code active} agency or an active
     * service unit, in regions the caller covers; a 400, 403 or 422 problem naming the outcome otherwise.
     */
    private List<ExpectedOutcome> outcomes(List<ProgramPlan.OutcomePlan> planned, Map<String, Agency> active,
                                           Caller caller) {
        Map<String, String> activeUnitRegions = programs.activeServiceUnitRegions(planned.stream()
                .map(ProgramPlan.OutcomePlan::serviceUnitCode).filter(Objects::nonNull).toList());
        Set<ExpectedOutcome> outcomes = new LinkedHashSet<>();
        for (int i = 0; i < planned.size(); i++) {
            ProgramPlan.OutcomePlan outcome = planned.get(i);
            String field = "expectedOutcomes[" + i + "]";
            boolean indicator = outcome.indicatorCode() != null;
            if (indicator == (outcome.serviceUnitCode() != null)) {
                throw ProblemException.invalid(field, "names either an indicatorCode (with its agencyCode) "
                        + "or a serviceUnitCode");
            }
            if (indicator) {
                if (outcome.agencyCode() == null) {
                    throw ProblemException.invalid(field + ".agencyCode", "is required with an indicatorCode");
                }
                reachable(field + ".agencyCode", outcome.agencyCode(), active, caller);
            } else {
                if (outcome.agencyCode() != null) {
                    throw ProblemException.invalid(field + ".agencyCode",
                            "belongs to an indicator; a service unit's agency comes from the register");
                }
                String unitRegion = activeUnitRegions.get(outcome.serviceUnitCode());
                if (unitRegion == null) {
                    throw ProblemException.unknownReference(field + ".serviceUnitCode", "service unit "
                            + outcome.serviceUnitCode() + " is not in the register or no longer active");
                }
                caller.requireReference(field + ".serviceUnitCode", "service unit " + outcome.serviceUnitCode(),
                        unitRegion);
            }
            outcomes.add(outcome.outcome());
        }
        return List.copyOf(outcomes);
    }

    private static boolean sameEvaluationDesign(Program program, ProgramPlan plan) {
        Set<String> targets = new TreeSet<>(Objects.requireNonNullElse(plan.targetAgencyCodes(), List.of()));
        List<ExpectedOutcome> outcomes = Objects.requireNonNullElse(plan.expectedOutcomes(),
                        List.<ProgramPlan.OutcomePlan>of()).stream()
                .map(ProgramPlan.OutcomePlan::outcome).distinct().toList();
        return targets.equals(program.targetAgencyCodes) && outcomes.equals(program.expectedOutcomes);
    }

    private static String allowedAfter(ProgramStatus status) {
        return status.isFinal() ? "; it is final" : "; it can become " + status.next();
    }
}
