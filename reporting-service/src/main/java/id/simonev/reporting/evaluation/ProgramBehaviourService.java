package id.simonev.reporting.evaluation;

import id.simonev.reporting.rule.Anonymity;
import id.simonev.reporting.rule.Appraisal;
import id.simonev.reporting.rule.AppraisalPair;
import id.simonev.reporting.rule.AppraisalShift;
import id.simonev.reporting.rule.AppraisalWindow;
import id.simonev.reporting.rule.Figure;
import id.simonev.reporting.rule.Period;
import id.simonev.reporting.rule.Predicate;
import id.simonev.reporting.rule.Rating;
import id.simonev.reporting.rule.RatingGap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Level 3 (behaviour) of a program's evaluation, computed at request time from lookups of its read
 * models by the rules: the post-training 360 per rater role from the sums {@link ProgramBehaviourProjection}
 * keeps, and the appraisal shift of the participants (enrolled and not withdrawn) against the comparison
 * group, the register's other employees of the participants' agencies and position types (jenis jabatan)
 * who were not participants of the program. Each employee's pair of appraisals is chosen by
 * {@link AppraisalWindow} from the program's dates and its post-training lag.
 */
@ApplicationScoped
class ProgramBehaviourService {

    /** The rater roles of the 360, in the order the answer lists them. */
    static final List<String> ROLES = List.of("SELF", "SUPERVISOR", "PEER");
    /** The rule the predicates compared were given by, in performance-service. */
    static final String PREDICATE_RULE = "predicate:permenpanrb-6-2022";

    private final EntityManager entityManager;

    ProgramBehaviourService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Level 3 of a program whose plan reporting has, with its dates and post-training lag; the caller has checked
     * the program is theirs to see.
     */
    BehaviourLevel behaviour(UUID programId, LocalDate start, LocalDate end, int lagMonths) {
        return new BehaviourLevel(postTraining(programId),
                appraisals(programId, new AppraisalWindow(start, end, lagMonths)));
    }

    private BehaviourLevel.PostTraining postTraining(UUID programId) {
        Map<String, List<Rating.Item>> items = new HashMap<>();
        rows("""
                select role, item_code, answered, answer_sum, top_two from program_behaviour_item
                where program_id = ?1 order by role, length(item_code), item_code""", programId)
                .forEach(item -> items.computeIfAbsent((String) item[0], role -> new ArrayList<>())
                        .add(ProgramEvaluationService.item(item, 1)));
        Map<String, Object[]> byRole = new HashMap<>();
        rows("select role, respondents, links, as_of from program_behaviour_role where program_id = ?1", programId)
                .forEach(row -> byRole.put((String) row[0], row));
        Map<String, Rating> ratings = new HashMap<>();
        List<BehaviourLevel.RoleRating> roles = new ArrayList<>();
        for (String role : ROLES) {
            Object[] row = byRole.get(role);
            long respondents = row == null ? 0 : Columns.count(row[1]);
            long links = row == null ? 0 : Columns.count(row[2]);
            Rating rating = Rating.of(respondents, items.getOrDefault(role, List.of()));
            ratings.put(role, rating);
            roles.add(new BehaviourLevel.RoleRating(role, links, respondents,
                    ProgramEvaluationService.responseRate(respondents, links,
                            "not enough data: no " + role + " links issued yet"),
                    ProgramEvaluation.SectionRating.of(rating)));
        }
        Instant asOf = byRole.values().stream().map(row -> Columns.instant(row[3])).max(Instant::compareTo)
                .orElse(null);
        RatingGap gap = RatingGap.between(ratings.get("SELF"), "self", ratings.get("SUPERVISOR"), "supervisor");
        return new BehaviourLevel.PostTraining(Rating.RULE, asOf, Anonymity.MIN_RESPONDENTS, roles,
                new BehaviourLevel.Gap(ProgramEvaluation.DecimalFigure.of(gap.overall()), gap.items().stream()
                        .map(item -> new BehaviourLevel.ItemGap(item.code(), item.gap())).toList()));
    }

    /** An employee of one of the two groups, with the agency and position type the register has for them. */
    private record Member(boolean participant, String nip, String agencyCode, String positionType) {
    }

    private BehaviourLevel.Appraisals appraisals(UUID programId, AppraisalWindow window) {
        List<Member> members = members(programId);
        Map<String, Map<Appraisal, Instant>> appraisals = appraisalsOf(members);
        AppraisalShift.Tally participants = AppraisalShift.Tally.EMPTY;
        AppraisalShift.Tally comparison = AppraisalShift.Tally.EMPTY;
        Instant asOf = null;
        for (Member member : members) {
            Map<Appraisal, Instant> own = appraisals.getOrDefault(member.nip(), Map.of());
            Figure<AppraisalPair> pair = window.pair(own.keySet());
            if (!pair.present()) {
                continue;
            }
            if (member.participant()) {
                participants = participants.plus(pair.value());
            } else {
                comparison = comparison.plus(pair.value());
            }
            asOf = latest(asOf, latest(own.get(pair.value().before()), own.get(pair.value().after())));
        }
        AppraisalShift shift = AppraisalShift.of(participants, comparison);
        List<Member> taking = members.stream().filter(Member::participant).toList();
        List<BehaviourLevel.AgencyPosition> drawnFrom = taking.stream()
                .filter(member -> member.positionType() != null)
                .map(member -> new BehaviourLevel.AgencyPosition(member.agencyCode(), member.positionType()))
                .distinct()
                .sorted(Comparator.comparing(BehaviourLevel.AgencyPosition::agencyCode)
                        .thenComparing(BehaviourLevel.AgencyPosition::positionType))
                .toList();
        return new BehaviourLevel.Appraisals(AppraisalWindow.RULE, AppraisalShift.RULE, PREDICATE_RULE, asOf,
                window.lagMonths(), window.beforeFrom(), window.afterFrom(),
                shift(taking.size(), shift.participants()),
                shift(members.size() - taking.size(), shift.comparison()),
                new BehaviourLevel.ComparisonGroup(drawnFrom,
                        taking.stream().filter(member -> member.positionType() == null).count()),
                ProgramEvaluation.DecimalFigure.of(shift.difference()));
    }

    private static Instant latest(Instant first, Instant second) {
        return first == null || second != null && second.isAfter(first) ? second : first;
    }

    /**
     * The participants (enrolled and not withdrawn), then the comparison group: the register's employees of
     * the participants' agency and position type pairs who were not participants of the program at all.
     */
    private List<Member> members(UUID programId) {
        return rows("""
                with participant as (
                    select nip from program_evaluation_participant
                    where program_id = ?1 and withdrawal_reason is null and (enrolled or completed is not null))
                select true, p.nip, e.agency_code, e.position_type
                from participant p left join employee e on e.nip = p.nip
                union all
                select false, e.nip, e.agency_code, e.position_type
                from employee e
                where (e.agency_code, e.position_type) in (
                        select known.agency_code, known.position_type
                        from participant p join employee known on known.nip = p.nip
                        where known.position_type is not null)
                    and not exists (select 1 from program_evaluation_participant taken
                        where taken.program_id = ?1 and taken.nip = e.nip)""", programId).stream()
                .map(row -> new Member((Boolean) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    /** Each member's appraisals, with the time of the event each one's predicate comes from. */
    private Map<String, Map<Appraisal, Instant>> appraisalsOf(List<Member> members) {
        Map<String, Map<Appraisal, Instant>> appraisals = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select nip, period, predicate, predicate_at from employee_appraisal where nip = any(?1)""")
                .setParameter(1, members.stream().map(Member::nip).toArray(String[]::new)).getResultList();
        rows.forEach(row -> appraisals.computeIfAbsent((String) row[0], nip -> new HashMap<>()).put(
                new Appraisal(Period.parse((String) row[1]).orElseThrow(), Predicate.valueOf((String) row[2])),
                Columns.instant(row[3])));
        return appraisals;
    }

    private static BehaviourLevel.Shift shift(long employees, AppraisalShift.Group group) {
        return new BehaviourLevel.Shift(employees, group.pairs(), group.improved(), group.unchanged(), group.worse(),
                ProgramEvaluation.DecimalFigure.of(group.improvedShare()),
                ProgramEvaluation.DecimalFigure.of(group.unchangedShare()),
                ProgramEvaluation.DecimalFigure.of(group.worseShare()),
                ProgramEvaluation.DecimalFigure.of(group.meanChange()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID programId) {
        return entityManager.createNativeQuery(sql).setParameter(1, programId).getResultList();
    }
}
