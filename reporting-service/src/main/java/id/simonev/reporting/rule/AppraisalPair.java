package id.simonev.reporting.rule;

/** An employee's appraisal before a program and the one after it, of the same period type. */
public record AppraisalPair(Appraisal before, Appraisal after) {

    public AppraisalPair {
        if (before.period().type() != after.period().type()) {
            throw new IllegalArgumentException("A pair compares appraisals of one period type, not "
                    + before.period() + " with " + after.period());
        }
    }

    /** How many steps the predicate moved, up positive: Baik to Sangat Baik is +1, Baik to Kurang -2. */
    public int change() {
        return after.predicate().rank() - before.predicate().rank();
    }
}
