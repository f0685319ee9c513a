package id.simonev.surveys.evaluation;

/** Who answers an evaluation link, in relation to the participant it is about. */
public enum RaterRole {
    /** A participant giving their reaction at the end of the program. */
    PARTICIPANT,
    /** The alumnus rating themselves in the post-training 360. */
    SELF,
    /** Their direct supervisor (atasan langsung). */
    SUPERVISOR,
    /** A colleague (rekan kerja). */
    PEER;

    /** Whether someone other than the participant answers. */
    public boolean ratesSomeoneElse() {
        return this == SUPERVISOR || this == PEER;
    }
}
