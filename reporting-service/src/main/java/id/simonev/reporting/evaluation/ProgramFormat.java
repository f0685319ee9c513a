package id.simonev.reporting.evaluation;

/** How a program is delivered (bentuk pengembangan kompetensi), as programs-service's events say. */
public enum ProgramFormat {
    TRAINING, WORKSHOP, SEMINAR, COURSE, MENTORING, COACHING, INTERNSHIP, E_LEARNING, BENCHMARKING, SELF_STUDY
}
