package id.simonev.performance.appraisal;

import id.simonev.performance.realisation.Period;
import id.simonev.platform.problem.ProblemException;
import java.time.LocalDate;

/**
 * The period an appraisal covers: under PermenPANRB 6/2022 a periodic appraisal is monthly or
 * quarterly, and there is the annual one; a semester is not an appraisal period.
 */
record AppraisalPeriod(String code, Kind kind, LocalDate start, LocalDate end) {

    static final String DESCRIPTION = "must be a month (2026-03), a quarter (2026-Q1) or a year (2026)";

    enum Kind { MONTHLY, QUARTERLY, ANNUAL }

    /** The period {@code code} names; a 400 problem naming {@code field} otherwise. */
    static AppraisalPeriod parse(String field, String code) {
        Period period = Period.parse(code).orElseThrow(() -> ProblemException.invalid(field, DESCRIPTION));
        Kind kind = code.length() == 4 ? Kind.ANNUAL
                : code.contains("Q") ? Kind.QUARTERLY
                : code.contains("S") ? null
                : Kind.MONTHLY;
        if (kind == null) {
            throw ProblemException.invalid(field, DESCRIPTION + "; a semester is not an appraisal period");
        }
        return new AppraisalPeriod(code, kind, period.start(), period.end());
    }
}
