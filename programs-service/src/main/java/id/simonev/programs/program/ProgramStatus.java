package id.simonev.programs.program;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a program is in its life: {@code DRAFT -> SCHEDULED -> RUNNING -> COMPLETED}, or
 * {@code CANCELLED} from any state before it is completed.
 */
public enum ProgramStatus {
    DRAFT, SCHEDULED, RUNNING, COMPLETED, CANCELLED;

    /** The states this one may change to. */
    public Set<ProgramStatus> next() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED:
                return EnumSet.of(RUNNING, CANCELLED);
            case RUNNING:
                return EnumSet.of(COMPLETED, CANCELLED);
            default:
                return EnumSet.noneOf(ProgramStatus.class);
        }
    }

    public boolean canBecome(ProgramStatus status) {
        return next().contains(status);
    }

    /** Completed and cancelled programs are history: their plan no longer changes. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
