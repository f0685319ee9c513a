package id.simonev.reporting.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A participant of a program as the evaluation knows them: what their events said so far, in
 * whatever order they came, and what that adds to the program's counts. A withdrawal or an outcome
 * says the participant enrolled even before the enrolment itself arrives, so that the counts are
 * consistent at every step and equal, once every event is in, whatever the order.
 *
 * @param scoresAt         the time of the scores kept; older scores arriving later change nothing
 * @param withdrawalReason null unless withdrawn
 * @param completed        null until the program completed for them
 * @param shortfalls       why they did not complete; empty otherwise
 */
record Participant(boolean enrolled, BigDecimal preTest, BigDecimal postTest, Instant scoresAt,
                   String withdrawalReason, Boolean completed, List<String> shortfalls, int jpCredited) {

    static final Participant UNKNOWN = new Participant(false, null, null, null, null, null, List.of(), 0);

    Participant {
        shortfalls = List.copyOf(shortfalls);
    }

    Participant enrol() {
        return new Participant(true, preTest, postTest, scoresAt, withdrawalReason, completed, shortfalls, jpCredited);
    }

    /** The scores as they stood at {@code at}; those kept are newer when {@code at} is before theirs. */
    Participant scored(BigDecimal pre, BigDecimal post, Instant at) {
        if (scoresAt != null && at.isBefore(scoresAt)) {
            return this;
        }
        return new Participant(enrolled, pre, post, at, withdrawalReason, completed, shortfalls, jpCredited);
    }

    Participant withdraw(String reason) {
        return new Participant(enrolled, preTest, postTest, scoresAt, reason, completed, shortfalls, jpCredited);
    }

    Participant finish(boolean hasCompleted, List<String> reasons, int credited) {
        return new Participant(enrolled, preTest, postTest, scoresAt, withdrawalReason, hasCompleted, reasons,
                credited);
    }

    /** Enrolled, as its own event or a later one says. */
    private boolean known() {
        return enrolled || withdrawalReason != null || completed != null;
    }

    private boolean takingPart() {
        return known() && withdrawalReason == null;
    }

    /** The shortfalls that count: those of a participant taking part who did not complete. */
    List<String> countedShortfalls() {
        return takingPart() && Boolean.FALSE.equals(completed) ? shortfalls : List.of();
    }

    Counts counts() {
        boolean finished = takingPart() && completed != null;
        return new Counts(known() ? 1 : 0, takingPart() ? 1 : 0, withdrawalReason == null ? 0 : 1,
                finished && completed ? 1 : 0, finished && !completed ? 1 : 0,
                finished && completed ? jpCredited : 0);
    }

    /**
     * What a participant adds to the program's counts, or (as a difference) what one event changes.
     *
     * @param takingPart enrolled and not withdrawn
     */
    record Counts(long enrolled, long takingPart, long withdrawn, long completed, long notCompleted,
                  long jpCredited) {

        Counts minus(Counts other) {
            return new Counts(enrolled - other.enrolled, takingPart - other.takingPart, withdrawn - other.withdrawn,
                    completed - other.completed, notCompleted - other.notCompleted, jpCredited - other.jpCredited);
        }
    }
}
