package id.simonev.reporting.evaluation;

import id.simonev.reporting.evaluation.ProgramEvaluation.DecimalFigure;
import id.simonev.reporting.evaluation.ResultsLevel.ComparisonGroup;
import id.simonev.reporting.evaluation.ResultsLevel.OutcomeResult;
import id.simonev.reporting.evaluation.ResultsLevel.Side;
import id.simonev.reporting.evaluation.ResultsLevel.WindowFigures;
import id.simonev.reporting.evaluation.ResultsLevel.WindowSettings;
import id.simonev.reporting.rule.DifferenceInDifferences;
import id.simonev.reporting.rule.DifferenceInDifferences.Member;
import id.simonev.reporting.rule.PeriodType;
import id.simonev.reporting.rule.SkmPoints;
import id.simonev.reporting.rule.WindowSum;
import id.simonev.reporting.rule.Windows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Level 4 of a program's evaluation (DOMAIN "Evaluating a program"), from the rows
 * {@link ProgramResultsProjection} keeps: for each expected outcome, the windows of its period type
 * ({@link Windows}), the outcome's value in each and its comparison group's, and the difference in
 * differences ({@link DifferenceInDifferences}). The comparison group is every indicator of the same
 * period type (or every active service unit) of the agencies in the program's region, a province's
 * covering its kab/kota, that had no participant in the program, the outcome's own agency left out.
 * A request reads the outcome's and the group's rows of the windows' periods: a few index lookups.
 */
@ApplicationScoped
public class ProgramResultsService {

    static final String INDICATOR = "INDICATOR";
    static final String IKM = "IKM";
    static final String CAPAIAN_RULE = "capaian:v1";
    static final String IKM_RULE = "ikm:permenpanrb-14-2017";
    /** DOMAIN's windows: two periods each side, right after the program; IKM by quarter. */
    public static final WindowSettings DEFAULT_WINDOWS = new WindowSettings(Windows.DEFAULT_PERIODS, 0,
            PeriodType.QUARTER);

    private final EntityManager entityManager;

    ProgramResultsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The program's level 4; its plan has arrived (region, start and end are known).
     *
     * @param outcomesAt the time of the plan its outcomes were taken from
     */
    ResultsLevel results(UUID programId, String regionCode, LocalDate start, LocalDate end, Instant outcomesAt,
                         WindowSettings settings) {
        List<?> outcomes = entityManager.createNativeQuery("""
                        select agency_code, indicator_code, service_unit_code, expected_change
                        from program_outcome where program_id = ?1 order by position""")
                .setParameter(1, programId).getResultList();
        Instant asOf = outcomesAt;
        String participantAgencies = String.join(",", entityManager.createNativeQuery("""
                        select distinct agency_code from program_evaluation_participant
                        where program_id = ?1 and agency_code is not null""", String.class)
                .setParameter(1, programId).getResultList());
        Scope scope = new Scope(regionCode, start, end, settings, participantAgencies);
        List<OutcomeResult> results = new ArrayList<>();
        for (Object result : outcomes) {
            Object[] outcome = (Object[]) result;
            Evaluated evaluated = outcome[1] != null
                    ? indicator(scope, (String) outcome[0], (String) outcome[1], (String) outcome[3])
                    : unit(scope, (String) outcome[2], (String) outcome[3]);
            results.add(evaluated.result());
            asOf = latest(asOf, evaluated.asOf());
        }
        return new ResultsLevel(Windows.RULE, settings, asOf, results);
    }

    /** Who and when a program's outcomes are compared: its region, dates, windows and participants' agencies. */
    private record Scope(String regionCode, LocalDate start, LocalDate end, WindowSettings settings,
                         String participantAgencies) {

        Windows windows(PeriodType type) {
            return Windows.of(type, start, end, settings.periods(), settings.lagPeriods());
        }

        String excluded(String outcomeAgency) {
            return participantAgencies.isEmpty() ? Objects.requireNonNullElse(outcomeAgency, "")
                    : outcomeAgency == null ? participantAgencies : participantAgencies + "," + outcomeAgency;
        }
    }

    private record Evaluated(OutcomeResult result, Instant asOf) {
    }

    private Evaluated indicator(Scope scope, String agencyCode, String indicatorCode, String expectedChange) {
        List<?> known = entityManager.createNativeQuery("""
                        select period_type, name from indicator where agency_code = ?1 and indicator_code = ?2""")
                .setParameter(1, agencyCode).setParameter(2, indicatorCode).getResultList();
        if (known.isEmpty()) {
            return new Evaluated(new OutcomeResult(INDICATOR, agencyCode, indicatorCode, null, null, expectedChange,
                    CAPAIAN_RULE, DifferenceInDifferences.CAPAIAN_RULE, null, null, null, null, null, null,
                    new DecimalFigure(null, "not enough data: reporting has neither the definition nor a "
                            + "realisation of indicator " + agencyCode + "/" + indicatorCode)), null);
        }
        Object[] indicator = (Object[]) known.get(0);
        PeriodType type = PeriodType.valueOf((String) indicator[0]);
        Windows windows = scope.windows(type);
        String codes = String.join(",", windows.before().codes()) + "," + String.join(",", windows.after().codes());
        Map<String, WindowSum[]> sums = new LinkedHashMap<>();
        Set<String> agencies = new TreeSet<>();
        Instant asOf = null;
        for (Object result : entityManager.createNativeQuery("""
                        select i.agency_code, i.indicator_code, p.period, p.capaian, p.occurred_at
                        from indicator i left join indicator_period p on p.agency_code = i.agency_code
                            and p.indicator_code = i.indicator_code and p.period = any(string_to_array(?3, ','))
                        where (i.agency_code = ?5 and i.indicator_code = ?6)
                            or ((i.region_code = ?1 or i.province_code = ?1) and i.period_type = ?2
                                and i.agency_code <> all(string_to_array(?4, ',')))
                        order by i.agency_code, i.indicator_code""")
                .setParameter(1, scope.regionCode())
                .setParameter(2, type.name())
                .setParameter(3, codes)
                .setParameter(4, scope.excluded(agencyCode))
                .setParameter(5, agencyCode)
                .setParameter(6, indicatorCode)
                .getResultList()) {
            Object[] row = (Object[]) result;
            String name = row[0] + "/" + row[1];
            WindowSum[] windowSums = sums.computeIfAbsent(name, member -> new WindowSum[] {WindowSum.EMPTY,
                    WindowSum.EMPTY});
            if (!agencyCode.equals(row[0])) {
                agencies.add((String) row[0]);
            }
            if (row[2] != null) {
                int window = windows.before().codes().contains((String) row[2]) ? 0 : 1;
                windowSums[window] = windowSums[window].plus(Columns.decimal(row[3]));
                asOf = latest(asOf, Columns.instant(row[4]));
            }
        }
        String treatedName = agencyCode + "/" + indicatorCode;
        WindowSum[] treated = sums.remove(treatedName);
        List<Member> comparison = sums.entrySet().stream()
                .map(entry -> Member.ofCapaian(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
        DifferenceInDifferences difference = DifferenceInDifferences.of(
                List.of(Member.ofCapaian(treatedName, treated[0], treated[1])), comparison);
        ComparisonGroup group = new ComparisonGroup("every indicator of period type " + type + " of the agencies in "
                + "region " + scope.regionCode() + " with no participant in the program", List.copyOf(agencies),
                comparison.size());
        return new Evaluated(outcome(INDICATOR, agencyCode, indicatorCode, null, (String) indicator[1],
                expectedChange, CAPAIAN_RULE, DifferenceInDifferences.CAPAIAN_RULE, type, windows, difference, group),
                asOf);
    }

    private Evaluated unit(Scope scope, String unitCode, String expectedChange) {
        List<?> known = entityManager.createNativeQuery(
                        "select agency_code, name from service_unit where code = ?1")
                .setParameter(1, unitCode).getResultList();
        String agencyCode = known.isEmpty() ? null : (String) ((Object[]) known.get(0))[0];
        String name = known.isEmpty() ? null : (String) ((Object[]) known.get(0))[1];
        PeriodType type = scope.settings().ikmPeriodType();
        Windows windows = scope.windows(type);
        Map<String, String> units = new LinkedHashMap<>();
        units.put(unitCode, agencyCode);
        entityManager.createNativeQuery("""
                        select code, agency_code from service_unit
                        where (region_code = ?1 or region_code like ?1 || '.%') and active and code <> ?2
                            and agency_code <> all(string_to_array(?3, ','))
                        order by code""")
                .setParameter(1, scope.regionCode())
                .setParameter(2, unitCode)
                .setParameter(3, scope.excluded(agencyCode))
                .getResultList().forEach(result -> units.put((String) ((Object[]) result)[0],
                        (String) ((Object[]) result)[1]));
        Map<String, List<List<SkmPoints>>> points = new LinkedHashMap<>();
        units.keySet().forEach(unit -> points.put(unit, List.of(new ArrayList<>(), new ArrayList<>())));
        Instant asOf = null;
        for (Object result : entityManager.createNativeQuery("""
                        select service_unit_code, month <= ?3, index_denominator, sum(responses), sum(points_sum),
                            max(as_of)
                        from unit_skm_month
                        where service_unit_code = any(string_to_array(?1, ',')) and month between ?2 and ?5
                            and (month <= ?3 or month >= ?4)
                        group by 1, 2, 3""")
                .setParameter(1, String.join(",", units.keySet()))
                .setParameter(2, windows.before().start())
                .setParameter(3, windows.before().end())
                .setParameter(4, windows.after().start())
                .setParameter(5, windows.after().end())
                .getResultList()) {
            Object[] row = (Object[]) result;
            int window = Boolean.TRUE.equals(row[1]) ? 0 : 1;
            points.get((String) row[0]).get(window).add(new SkmPoints(Columns.count(row[2]), Columns.count(row[3]),
                    Columns.count(row[4])));
            asOf = latest(asOf, Columns.instant(row[5]));
        }
        List<Member> members = points.entrySet().stream()
                .map(entry -> Member.ofIkm(entry.getKey(), entry.getValue().get(0), entry.getValue().get(1)))
                .toList();
        DifferenceInDifferences difference = DifferenceInDifferences.of(members.subList(0, 1),
                members.subList(1, members.size()));
        units.remove(unitCode);
        ComparisonGroup group = new ComparisonGroup("every active service unit of the agencies in region "
                + scope.regionCode() + " with no participant in the program",
                List.copyOf(new TreeSet<>(units.values())), units.size());
        return new Evaluated(outcome(IKM, agencyCode, null, unitCode, name, expectedChange, IKM_RULE,
                DifferenceInDifferences.IKM_RULE, type, windows, difference, group), asOf);
    }

    private static OutcomeResult outcome(String kind, String agencyCode, String indicatorCode, String unitCode,
                                         String name, String expectedChange, String valueRule, String rule,
                                         PeriodType type, Windows windows, DifferenceInDifferences difference,
                                         ComparisonGroup group) {
        return new OutcomeResult(kind, agencyCode, indicatorCode, unitCode, name, expectedChange, valueRule, rule,
                type, WindowFigures.of(windows.before()), WindowFigures.of(windows.after()),
                Side.of(difference.treated()), group, Side.of(difference.comparison()),
                DecimalFigure.of(difference.difference()));
    }

    private static Instant latest(Instant one, Instant other) {
        return one == null ? other : other == null || one.isAfter(other) ? one : other;
    }
}
