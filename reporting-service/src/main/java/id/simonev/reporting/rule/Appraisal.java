package id.simonev.reporting.rule;

import java.util.Objects;

/** One of an employee's appraisals: its period and its predicate. */
public record Appraisal(Period period, Predicate predicate) {

    public Appraisal {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(predicate, "predicate");
    }
}
