package id.simonev.reporting.rule;

/**
 * How long a period is, as performance-service names an indicator's period type
 * ({@code IndicatorDefined.periodType}); an appraisal's period is a month, a quarter or a year.
 */
public enum PeriodType {
    MONTH(1), QUARTER(3), SEMESTER(6), YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
