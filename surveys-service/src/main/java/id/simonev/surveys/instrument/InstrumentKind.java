package id.simonev.surveys.instrument;

/** What an instrument measures. */
public enum InstrumentKind {
    /** The citizen satisfaction survey of PermenPANRB 14/2017, whose index is the IKM. */
    SKM,
    /** Participants rate a program's delivery (penyelenggaraan) when it ends: D1-D8 on 1-5. */
    PROGRAM_DELIVERY,
    /** Participants rate each trainer (pengajar) of the sessions they attended: T1-T14 on 1-5. */
    TRAINER,
    /** The post-training 360: the alumnus, their supervisor and peers rate B1-B5 and I1-I6 on 1-5. */
    POST_TRAINING
}
