package id.simonev.performance.capaian;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How an indicator's periods combine over a year, or any longer window. An indicator declares one,
 * and every report combines its periods with {@link #combine}: two places computing a year's
 * capaian their own way give two answers for the same indicator.
 *
 * <p>Only the periods that have a realisation count: a quarter not yet reported neither lowers
 * the year nor adds its target to it.
 *
 * <table>
 *   <caption>the year of targets 40, 50, 50, 60 and realisations 44, 45, 55, 48, higher is better</caption>
 *   <tr><th>aggregation</th><th>capaian</th><th>for</th></tr>
 *   <tr><td>CUMULATIVE</td><td>192 / 200 = 96.00%</td><td>cases handled</td></tr>
 *   <tr><td>LAST</td><td>48 / 60 = 80.00%</td><td>a year-end rate</td></tr>
 *   <tr><td>AVERAGE</td><td>(110 + 90 + 110 + 80) / 4 = 97.50%</td><td>a waiting time</td></tr>
 * </table>
 */
public enum Aggregation {
    /** The direction's formula on the sum of the realisations against the sum of their targets, bound by bound. */
    CUMULATIVE,
    /** The capaian of the latest period, by its start, whatever the order of the list. */
    LAST,
    /** The mean of the periods' capaian, each floored at 0 as {@link Capaian} floors it. */
    AVERAGE;

    /**
     * The combined capaian of an indicator's periods, in percent at full precision; empty when no
     * period has a realisation.
     *
     * @throws IllegalArgumentException when two figures are for the same period: the last one, and
     *                                  the sums, would then depend on which one the caller meant
     */
    public Optional<BigDecimal> combine(Direction direction, List<PeriodFigure> figures) {
        Set<LocalDate> starts = new HashSet<>();
        for (PeriodFigure figure : figures) {
            if (!starts.add(figure.periodStart())) {
                throw new IllegalArgumentException("Two figures for the period from " + figure.periodStart());
            }
        }
        List<PeriodFigure> realised = figures.stream().filter(PeriodFigure::realised).toList();
        if (realised.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case CUMULATIVE -> Capaian.of(direction,
                    realised.stream().map(PeriodFigure::target).reduce(Target::plus).orElseThrow(),
                    realised.stream().map(PeriodFigure::realisation).reduce(BigDecimal.ZERO, BigDecimal::add));
            case LAST -> realised.stream().max(Comparator.comparing(PeriodFigure::periodStart)).orElseThrow()
                    .capaian(direction);
            case AVERAGE -> realised.stream().map(figure -> figure.capaian(direction))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(realised.size()), MathContext.DECIMAL128).stripTrailingZeros();
        });
    }
}
