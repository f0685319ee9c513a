package id.simonev.performance.view;

import id.simonev.performance.capaian.PeriodFigure;
import id.simonev.performance.indicator.Indicator;
import id.simonev.performance.indicator.IndicatorService;
import id.simonev.performance.indicator.IndicatorTarget;
import id.simonev.performance.indicator.PeriodType;
import id.simonev.performance.period.AgencyPeriodService;
import id.simonev.performance.realisation.Period;
import id.simonev.performance.realisation.Realisation;
import id.simonev.performance.realisation.RealisationService;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.Display;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read views of the catalogue: an agency's period, and an indicator's year. */
@ApplicationScoped
public class PerformanceViews {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorService indicators;
    private final RealisationService realisations;
    private final AgencyPeriodService periods;

    PerformanceViews(IndicatorService indicators, RealisationService realisations, AgencyPeriodService periods) {
        this.indicators = indicators;
        this.realisations = realisations;
        this.periods = periods;
    }

    public AgencyPerformance ofAgency(String agencyCode, String periodCode, Caller caller) {
        String region = periods.agencyRegion(agencyCode);
        caller.requireRegion(region);
        Period window = parse("period", periodCode);
        List<AgencyPerformance.IndicatorPerformance> rows = new ArrayList<>();
        for (Indicator indicator : indicators.ofAgency(agencyCode)) {
            rows.add(performance(indicator, window));
        }
        List<BigDecimal> reached = rows.stream().map(AgencyPerformance.IndicatorPerformance::capaian)
                .filter(capaian -> capaian != null).toList();
        BigDecimal mean = reached.isEmpty() ? null : Display.twoDecimals(reached.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(reached.size()),
                        MathContext.DECIMAL128));
        List<String> below = rows.stream().filter(row -> row.capaian() != null && row.capaian().compareTo(HUNDRED) < 0)
                .map(AgencyPerformance.IndicatorPerformance::code).toList();
        return new AgencyPerformance(agencyCode, region, window.code(), window.start(), window.end(),
                periods.stateOf(agencyCode, window), rows, mean, below);
    }

    public IndicatorSeries series(UUID indicatorId, int year, Caller caller) {
        Indicator indicator = indicators.visible(indicatorId, caller);
        Period window = parse("year", String.valueOf(year));
        Map<String, IndicatorTarget> targets = indicators.targetsWithin(indicator, window).stream()
                .collect(Collectors.toMap(target -> target.period, Function.identity()));
        List<Realisation> recorded = own(indicator, realisations.within(indicator, window));
        Map<String, Realisation> byPeriod = recorded.stream()
                .collect(Collectors.toMap(realisation -> realisation.period, Function.identity()));
        TreeMap<String, Period> own = new TreeMap<>();
        targets.keySet().forEach(code -> own.put(code, Period.parse(code).orElseThrow()));
        byPeriod.keySet().forEach(code -> own.put(code, Period.parse(code).orElseThrow()));
        own.values().removeIf(period -> PeriodType.of(period) != indicator.periodType);
        List<IndicatorSeries.SeriesPeriod> rows = own.values().stream()
                .sorted((a, b) -> a.start().compareTo(b.start()))
                .map(period -> row(period, targets.get(period.code()), byPeriod.get(period.code()))).toList();
        IndicatorSeries.SeriesPeriod yearTarget = indicator.periodType == PeriodType.YEAR ? null
                : Optional.ofNullable(targets.get(window.code())).map(target -> row(window, target, null)).orElse(null);
        List<PeriodFigure> figures = figures(recorded);
        BigDecimal capaian = indicator.aggregation.combine(indicator.direction, figures)
                .map(Display::twoDecimals).orElse(null);
        return new IndicatorSeries(indicator.id, indicator.code, indicator.agencyCode, year, indicator.periodType,
                indicator.direction, indicator.aggregation, rows, yearTarget, capaian, figures.size());
    }

    private AgencyPerformance.IndicatorPerformance performance(Indicator indicator, Period window) {
        Optional<IndicatorTarget> target = indicators.targetsWithin(indicator, window).stream()
                .filter(candidate -> candidate.period.equals(window.code())).findFirst();
        List<Realisation> within = realisations.within(indicator, window);
        Optional<Realisation> exact = within.stream().filter(r -> r.period.equals(window.code())).findFirst();
        BigDecimal realisation = exact.map(r -> r.realisation).orElse(null);
        List<PeriodFigure> figures = exact.map(r -> figures(List.of(r))).orElseGet(() -> figures(own(indicator, within)));
        BigDecimal capaian = indicator.aggregation.combine(indicator.direction, figures)
                .map(Display::twoDecimals).orElse(null);
        return new AgencyPerformance.IndicatorPerformance(indicator.id, indicator.code, indicator.name, indicator.unit,
                indicator.direction, indicator.aggregation, indicator.active,
                target.map(t -> t.value).orElse(null), target.map(t -> t.lower).orElse(null),
                target.map(t -> t.upper).orElse(null), realisation, capaian, figures.size());
    }

    /** The realisations of the indicator's own period type (those migrated from longer periods stay apart). */
    private static List<Realisation> own(Indicator indicator, List<Realisation> realisations) {
        return realisations.stream()
                .filter(realisation -> PeriodType.of(Period.parse(realisation.period).orElseThrow())
                        == indicator.periodType).toList();
    }

    private static List<PeriodFigure> figures(List<Realisation> realisations) {
        return realisations.stream().map(realisation -> new PeriodFigure(realisation.periodStart,
                realisation.targetSet().rule(), realisation.realisation)).toList();
    }

    private static IndicatorSeries.SeriesPeriod row(Period period, IndicatorTarget target, Realisation realisation) {
        return new IndicatorSeries.SeriesPeriod(period.code(), period.start(), period.end(),
                target == null ? null : target.value, target == null ? null : target.lower,
                target == null ? null : target.upper, realisation == null ? null : realisation.realisation,
                realisation == null ? null : Display.twoDecimals(realisation.capaian));
    }

    private static Period parse(String field, String code) {
        return Period.parse(code).orElseThrow(() -> ProblemException.invalid(field, Period.DESCRIPTION));
    }
}
