package id.simonev.performance.indicator;

import java.math.BigDecimal;

/** One period of an indicator that has a realisation: its target, the realisation and its capaian. */
public record PeriodFigure(String period, Target target, BigDecimal realisation, BigDecimal capaian) {
}
