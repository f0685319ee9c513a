package id.simonev.surveys.index;

import java.math.BigDecimal;

/** The values a figure can take: the answers' scale (1-4 for SKM), or the index's (25-100). */
record Range(BigDecimal lowest, BigDecimal highest) {

    static Range of(int lowest, int highest) {
        return new Range(BigDecimal.valueOf(lowest), BigDecimal.valueOf(highest));
    }

    Range times(int factor) {
        BigDecimal by = BigDecimal.valueOf(factor);
        return new Range(lowest.multiply(by), highest.multiply(by));
    }

    Interval around(BigDecimal value, double halfWidth) {
        BigDecimal half = BigDecimal.valueOf(halfWidth);
        return new Interval(value.subtract(half).max(lowest), value.add(half).min(highest));
    }
}
