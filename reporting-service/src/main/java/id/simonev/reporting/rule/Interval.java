package id.simonev.reporting.rule;

import java.math.BigDecimal;

/** A 95% confidence interval, as shown (2 decimals). */
public record Interval(BigDecimal lower, BigDecimal upper) {
}
