package id.simonev.programs.program;

/** How a development program is delivered: classical (in a class) or non-classical. */
public enum ProgramFormat {
    /** Pelatihan. */
    TRAINING(true),
    WORKSHOP(true),
    SEMINAR(true),
    /** Kursus. */
    COURSE(true),
    MENTORING(false),
    COACHING(false),
    /** Magang. */
    INTERNSHIP(false),
    E_LEARNING(false),
    /** Benchmarking or study visit. */
    BENCHMARKING(false),
    /** Belajar mandiri. */
    SELF_STUDY(false);

    private final boolean classical;

    ProgramFormat(boolean classical) {
        this.classical = classical;
    }

    public boolean isClassical() {
        return classical;
    }
}
