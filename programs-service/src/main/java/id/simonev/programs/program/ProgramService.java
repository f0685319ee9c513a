package id.simonev.programs.program;

import id.simonev.outbox.Outbox;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.programs.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ProgramService {

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "title", "title", "startDate", "startDate", "endDate", "endDate",
            "regionCode", "regionCode", "createdAt", "createdAt");

    private final ProgramRepository programs;
    private final RegionRepository regions;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    ProgramService(ProgramRepository programs, RegionRepository regions, Outbox outbox,
            IdempotentRequests idempotentRequests) {
        this.programs = programs;
        this.regions = regions;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    /** Schedules a program in a region the caller covers, and announces it as {@code ProgramScheduled}. */
    @Transactional
    public ProgramView schedule(NewProgram request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "schedule program", request, ProgramView.class,
                () -> scheduleOnce(request, caller));
    }

    private ProgramView scheduleOnce(NewProgram request, Caller caller) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate " + request.startDate());
        }
        caller.requireRegion(request.regionCode());
        regions.requireRegistered("regionCode", request.regionCode());
        if (programs.codeTaken(request.code())) {
            throw ProblemException.conflict("A program with code " + request.code() + " already exists");
        }
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.code = request.code();
        program.title = request.title().strip();
        program.regionCode = request.regionCode();
        program.format = request.format();
        program.startDate = request.startDate();
        program.endDate = request.endDate();
        program.jp = request.jp();
        program.status = ProgramStatus.SCHEDULED;
        program.createdAt = Instant.now();
        program.createdBy = caller.name();
        programs.persist(program);
        outbox.record(program.id.toString(), program.regionCode, ProgramScheduled.of(program));
        return ProgramView.of(program);
    }

    public ProgramView find(UUID id, Caller caller) {
        Program program = programs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Program", id));
        caller.requireRegion(program.regionCode);
        return ProgramView.of(program);
    }

    public Page<ProgramView> list(ProgramQuery query, PageRequest paging, Caller caller) {
        Filter filter = new Filter()
                .visibleTo("regionCode", caller)
                .inRegion("regionCode", query.region())
                .equal("format", query.format())
                .equal("status", query.status())
                .where("year(startDate) = :year", "year", query.year());
        return paging.fetch(programs.find(filter.query(), paging.sortAmong(SORTABLE, "startDate,desc", "id"),
                filter.parameters()), ProgramView::of);
    }
}
