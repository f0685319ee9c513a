package id.simonev.reporting.rule;

/**
 * Predikat kinerja (PermenPANRB 6/2022) as performance-service names it in {@code AppraisalRecorded},
 * with the order the evaluation compares predicates by: Sangat Kurang 1, Kurang/Misconduct 2,
 * Butuh Perbaikan 3, Baik 4, Sangat Baik 5.
 */
public enum Predicate {
    SANGAT_BAIK(5), BAIK(4), BUTUH_PERBAIKAN(3), KURANG(2), SANGAT_KURANG(1);

    private final int rank;

    Predicate(int rank) {
        this.rank = rank;
    }

    /** The predicate's place in the order, 1 (Sangat Kurang) to 5 (Sangat Baik). */
    public int rank() {
        return rank;
    }
}
