package id.simonev.performance.indicator;

import id.simonev.performance.realisation.Direction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * How an indicator's periods combine over a longer window (a year): the one place every view
 * computes it, over the periods that have a realisation (docs/domain.md, IKU and capaian).
 */
public enum Aggregation {
    /** The direction's formula on the sum of the realisations against the sum of their targets: cases handled. */
    CUMULATIVE,
    /** The latest period's capaian: a year-end rate. */
    LAST,
    /** The mean of the periods' capaian: a waiting time. */
    AVERAGE;

    /** The window's capaian from its periods in order; empty when none has a realisation. */
    public Optional<BigDecimal> capaian(Direction direction, List<PeriodFigure> figures) {
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case CUMULATIVE -> {
                Target targets = figures.get(0).target();
                BigDecimal realisations = figures.get(0).realisation();
                for (PeriodFigure figure : figures.subList(1, figures.size())) {
                    targets = targets.plus(figure.target());
                    realisations = realisations.add(figure.realisation());
                }
                yield targets.capaian(direction, realisations);
            }
            case LAST -> figures.get(figures.size() - 1).capaian();
            case AVERAGE -> figures.stream().map(PeriodFigure::capaian).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(figures.size()), MathContext.DECIMAL128).stripTrailingZeros();
        });
    }
}
