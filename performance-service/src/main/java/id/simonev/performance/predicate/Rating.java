package id.simonev.performance.predicate;

/**
 * A rating of hasil kerja (work results) or of perilaku kerja (behaviour, the seven BerAKHLAK
 * values), against what was expected of the employee in the period.
 */
public enum Rating {
    ABOVE_EXPECTATIONS("di atas ekspektasi"),
    AS_EXPECTED("sesuai ekspektasi"),
    BELOW_EXPECTATIONS("di bawah ekspektasi");

    private final String indonesianName;

    Rating(String indonesianName) {
        this.indonesianName = indonesianName;
    }

    /** The rating in the regulation's words, as appraisal forms and reports print it. */
    public String indonesianName() {
        return indonesianName;
    }
}
