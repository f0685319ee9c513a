package id.simonev.reporting.evaluation;

/** The kind of competency a program develops (jenis kompetensi), as programs-service's events say. */
public enum CompetencyType {
    TEKNIS, MANAJERIAL, SOSIAL_KULTURAL
}
