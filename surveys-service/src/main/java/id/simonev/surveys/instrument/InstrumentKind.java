package id.simonev.surveys.instrument;

/** What an instrument measures. */
public enum InstrumentKind {
    /** The citizen satisfaction survey of PermenPANRB 14/2017, whose index is the IKM. */
    SKM
}
