package id.simonev.performance.period;

/** Where an agency's period stands: its realisations are recorded, then verified, then locked. */
public enum PeriodState {
    RECORDED, VERIFIED, LOCKED
}
