package id.simonev.surveys.evaluation;

import id.simonev.surveys.instrument.InstrumentKind;
import java.util.EnumSet;
import java.util.Set;

/** The two evaluation questionnaires of a program, each answered through single-use links. */
public enum Questionnaire {
    /** At the end: participants rate the delivery and each trainer of the sessions they attended. */
    REACTION(EnumSet.of(RaterRole.PARTICIPANT)),
    /** Months later (evaluasi pasca pelatihan): the alumnus, their supervisor and peers rate the change. */
    POST_TRAINING(EnumSet.of(RaterRole.SELF, RaterRole.SUPERVISOR, RaterRole.PEER));

    private final Set<RaterRole> roles;

    Questionnaire(Set<RaterRole> roles) {
        this.roles = roles;
    }

    /** Who answers it. */
    public Set<RaterRole> roles() {
        return roles;
    }

    /** The built-in instrument a questionnaire's section uses. */
    public static String instrumentOf(InstrumentKind kind) {
        return switch (kind) {
            case PROGRAM_DELIVERY -> "PENYELENGGARAAN";
            case TRAINER -> "PENGAJAR";
            case POST_TRAINING -> "PASCA-PELATIHAN";
            case SKM -> throw new IllegalArgumentException("The SKM is not a program questionnaire");
        };
    }
}
