package id.simonev.programs.program;

import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The office's estimate of a program's benefits (level 5 of its evaluation): each new estimate
 * replaces the current one, which stays as history, and is announced as {@code BenefitEstimated}.
 */
@ApplicationScoped
public class BenefitEstimateService {

    /** A program whose benefits can be estimated: one that is or was going ahead. */
    private static final Set<ProgramStatus> ESTIMABLE = Set.of(ProgramStatus.SCHEDULED, ProgramStatus.RUNNING,
            ProgramStatus.COMPLETED);

    private final BenefitEstimateRepository estimates;
    private final ProgramRepository programs;
    private final ProgramService programService;

    BenefitEstimateService(BenefitEstimateRepository estimates, ProgramRepository programs,
                           ProgramService programService) {
        this.estimates = estimates;
        this.programs = programs;
        this.programService = programService;
    }

    /**
     * Makes {@code request} the program's current estimate and announces it; the same amount and
     * method as the current estimate change and announce nothing. The program is locked, so that
     * two estimates entered at once follow each other.
     */
    @Transactional
    public BenefitEstimateView estimate(UUID programId, NewBenefitEstimate request, Caller caller) {
        // Part of reading the body, as Bean Validation is: before the program is looked up.
        String method = request.method().strip();
        if (method.length() < NewBenefitEstimate.MIN_METHOD) {
            throw ProblemException.invalid("method", "must hold at least " + NewBenefitEstimate.MIN_METHOD
                    + " characters besides the blanks around it");
        }
        Program program = ProgramService.visible(programs.requireLocked(programId), caller);
        if (!ESTIMABLE.contains(program.status)) {
            throw ProblemException.conflict("Program " + program.code + " is " + program.status
                    + ": only a scheduled, running or completed program's benefits are estimated");
        }
        List<BenefitEstimate> earlier = estimates.of(program.id);
        BenefitEstimate current = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (current != null && current.says(request.amount(), method)) {
            return BenefitEstimateView.of(program.id, earlier);
        }
        BenefitEstimate estimate = new BenefitEstimate();
        estimate.id = UUID.randomUUID();
        estimate.programId = program.id;
        estimate.number = earlier.size() + 1;
        estimate.amount = request.amount();
        estimate.method = method;
        // To the microsecond, as PostgreSQL keeps it: the answer, the event and every later read agree.
        estimate.estimatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        estimate.estimatedBy = caller.name();
        estimates.persist(estimate);
        programService.announce(program, BenefitEstimated.of(program, estimate, current));
        List<BenefitEstimate> all = new ArrayList<>(earlier);
        all.add(estimate);
        return BenefitEstimateView.of(program.id, all);
    }

    public BenefitEstimateView find(UUID programId, Caller caller) {
        Program program = ProgramService.visible(programs.require(programId), caller);
        return BenefitEstimateView.of(program.id, estimates.of(program.id));
    }
}
