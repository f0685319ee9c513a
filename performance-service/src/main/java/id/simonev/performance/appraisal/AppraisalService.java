package id.simonev.performance.appraisal;

import id.simonev.inbox.RegisterReplica;
import id.simonev.outbox.Outbox;
import id.simonev.performance.predicate.Predicate;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.nip.Nip;
import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Appraisals under PermenPANRB 6/2022: one per employee and period, by an appraiser who is not the
 * employee (the direct supervisor by default), with the employee as they were then; a correction
 * keeps what it replaces.
 */
@ApplicationScoped
public class AppraisalService {

    static final String NOT_TOLD = "NOT_TOLD";

    private final AppraisalRepository appraisals;
    private final RegisterReplica register;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    AppraisalService(AppraisalRepository appraisals, RegisterReplica register, Outbox outbox,
            IdempotentRequests idempotentRequests) {
        this.appraisals = appraisals;
        this.register = register;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    @Transactional
    public AppraisalView record(NewAppraisal request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "record appraisal", request, AppraisalView.class,
                () -> recordOnce(request, caller));
    }

    /** The rules of one appraisal; the one way a single request and a file's row are recorded. */
    AppraisalView recordOnce(NewAppraisal request, Caller caller) {
        AppraisalPeriod period = AppraisalPeriod.parse("period", request.period());
        LocalDate today = OfficeDate.today();
        if (period.start().isAfter(today)) {
            throw ProblemException.invalid("period", "must not be in the future: " + period.code() + " starts on "
                    + period.start());
        }
        RegisterReplica.KnownEmployee employee = register.requireActiveEmployee("nip", request.nip());
        caller.requireReference("nip", "employee " + employee.nip(), employee.regionCode());
        String appraiserNip = appraiserOf(employee, request.appraiserNip());
        appraisals.of(employee.nip(), period.code()).ifPresent(earlier -> {
            throw ProblemException.conflict("Employee " + employee.nip() + " already has an appraisal for "
                    + period.code() + " (" + earlier.id + "); correct it with a reason instead");
        });
        Appraisal appraisal = new Appraisal();
        appraisal.id = UUID.randomUUID();
        appraisal.nip = employee.nip();
        appraisal.employeeName = employee.name();
        appraisal.period = period.code();
        appraisal.periodKind = period.kind();
        appraisal.periodStart = period.start();
        appraisal.periodEnd = period.end();
        appraisal.rate(request.hasilKerja(), request.perilakuKerja(), appraiserNip,
                request.appraisedOn() == null ? today : request.appraisedOn());
        appraisal.agencyCode = employee.agencyCode();
        appraisal.regionCode = employee.regionCode();
        appraisal.positionType = employee.positionType();
        appraisal.rank = employee.rank();
        appraisal.recordedAt = Instant.now();
        appraisal.recordedBy = caller.name();
        appraisals.persist(appraisal);
        outbox.record(AppraisalRecorded.of(appraisal));
        return AppraisalView.of(appraisal, List.of());
    }

    /** Corrects the ratings with a reason; the earlier ones stay in the appraisal's history. */
    @Transactional
    public AppraisalView correct(UUID id, AppraisalCorrection correction, Caller caller) {
        Appraisal appraisal = visible(id, caller);
        caller.requireRegion(appraisal.regionCode);
        String appraiserNip = correction.appraiserNip() == null ? appraisal.appraiserNip
                : appraiser(appraisal.nip, correction.appraiserNip());
        Instant now = Instant.now();
        Predicate before = appraisal.predicate;
        appraisals.keep(AppraisalChange.of(appraisal, now, caller.name(), correction.reason().strip()));
        appraisal.rate(correction.hasilKerja(), correction.perilakuKerja(), appraiserNip,
                correction.appraisedOn() == null ? appraisal.appraisedOn : correction.appraisedOn());
        outbox.record(new AppraisalCorrected(appraisal.id, appraisal.nip, appraisal.period, appraisal.agencyCode,
                appraisal.regionCode, appraisal.hasilKerja, appraisal.perilakuKerja, appraisal.predicate, before,
                appraisal.appraiserNip, appraisal.appraisedOn, correction.reason().strip(), now));
        return view(appraisal);
    }

    public AppraisalView find(UUID id, Caller caller) {
        return view(visible(id, caller));
    }

    /** An employee's appraisals, latest period first, those in regions the caller covers. */
    public List<AppraisalView> history(String nip, Caller caller) {
        return appraisals.history(Nip.canonical(nip)).stream()
                .filter(appraisal -> caller.covers(appraisal.regionCode))
                .map(this::view)
                .toList();
    }

    public PredicateDistribution distribution(String agencyCode, String period, Caller caller) {
        AppraisalPeriod.parse("period", period);
        RegisterReplica.KnownAgency agency = register.agency(agencyCode)
                .filter(known -> caller.covers(known.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("Agency", agencyCode));
        Map<Predicate, Long> overall = none();
        Map<String, Map<Predicate, Long>> byPositionType = new TreeMap<>();
        long total = 0;
        for (Object[] row : appraisals.distribution(agency.code(), period)) {
            String positionType = row[0] == null ? NOT_TOLD : (String) row[0];
            Predicate predicate = (Predicate) row[1];
            long count = ((Number) row[2]).longValue();
            overall.merge(predicate, count, Long::sum);
            byPositionType.computeIfAbsent(positionType, type -> none()).merge(predicate, count, Long::sum);
            total += count;
        }
        return new PredicateDistribution(agency.code(), period, total, overall, byPositionType);
    }

    private static Map<Predicate, Long> none() {
        Map<Predicate, Long> counts = new EnumMap<>(Predicate.class);
        for (Predicate predicate : Predicate.values()) {
            counts.put(predicate, 0L);
        }
        return counts;
    }

    /** The appraiser named, or the employee's direct supervisor in the register. */
    private String appraiserOf(RegisterReplica.KnownEmployee employee, String named) {
        if (named != null) {
            return appraiser(employee.nip(), named);
        }
        if (employee.supervisorNip() == null) {
            throw ProblemException.unknownReference("appraiserNip", "employee " + employee.nip()
                    + " has no direct supervisor (atasan langsung) in the register; name the appraiser");
        }
        return appraiser(employee.nip(), employee.supervisorNip());
    }

    private String appraiser(String employeeNip, String appraiserNip) {
        if (Nip.canonical(appraiserNip).equals(employeeNip)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "An employee cannot appraise themselves",
                    List.of(new Problem.Violation("appraiserNip",
                            "is the employee appraised; an appraisal is made by another employee")));
        }
        return register.requireActiveEmployee("appraiserNip", appraiserNip).nip();
    }

    private Appraisal visible(UUID id, Caller caller) {
        return appraisals.findByIdOptional(id)
                .filter(appraisal -> caller.covers(appraisal.regionCode))
                .orElseThrow(() -> ProblemException.notFound("Appraisal", id));
    }

    private AppraisalView view(Appraisal appraisal) {
        return AppraisalView.of(appraisal, appraisals.changesOf(appraisal.id));
    }
}
