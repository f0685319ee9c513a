package id.simonev.programs.program;

/** The kind of competency a program develops. */
public enum CompetencyType {
    /** Teknis: the knowledge and skills of the job. */
    TEKNIS,
    /** Manajerial: leading and managing. */
    MANAJERIAL,
    /** Sosial kultural: working with a diverse public and colleagues. */
    SOSIAL_KULTURAL
}
