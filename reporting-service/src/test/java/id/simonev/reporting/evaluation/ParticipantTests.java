package id.simonev.reporting.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A participant's state and counts, whatever order their events arrive in. */
class ParticipantTests {

    private static final Instant FIRST = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant LATER = FIRST.plusSeconds(60);

    @Test
    void aWithdrawalBeforeTheEnrolmentCountsAsTheEnrolmentItImplies() {
        Participant withdrawnFirst = Participant.UNKNOWN.withdraw("WORKLOAD");
        assertEquals(new Participant.Counts(1, 0, 1, 0, 0, 0), withdrawnFirst.counts());
        assertEquals(withdrawnFirst.counts(), withdrawnFirst.enrol().counts());
        assertEquals(Participant.UNKNOWN.enrol().withdraw("WORKLOAD"), withdrawnFirst.enrol());
    }

    @Test
    void anOutcomeBeforeTheEnrolmentCountsTheSameAsAfterIt() {
        Participant finishedFirst = Participant.UNKNOWN.finish(false, List.of("NO_POST_TEST"), 0).enrol();
        Participant enrolledFirst = Participant.UNKNOWN.enrol().finish(false, List.of("NO_POST_TEST"), 0);
        assertEquals(enrolledFirst, finishedFirst);
        assertEquals(new Participant.Counts(1, 1, 0, 0, 1, 0), finishedFirst.counts());
        assertEquals(List.of("NO_POST_TEST"), finishedFirst.countedShortfalls());
        assertEquals(new Participant.Counts(1, 1, 0, 1, 0, 40),
                Participant.UNKNOWN.finish(true, List.of(), 40).counts());
    }

    @Test
    void olderScoresArrivingAfterTheCorrectionChangeNothing() {
        Participant corrected = Participant.UNKNOWN.scored(new BigDecimal("50"), new BigDecimal("60"), LATER);
        Participant stale = corrected.scored(new BigDecimal("50"), new BigDecimal("55"), FIRST);
        assertEquals(corrected, stale);
        assertEquals(new BigDecimal("60"), Participant.UNKNOWN
                .scored(new BigDecimal("50"), new BigDecimal("55"), FIRST)
                .scored(new BigDecimal("50"), new BigDecimal("60"), LATER).postTest());
    }

    @Test
    void scoresAloneAreNoEnrolment() {
        assertEquals(new Participant.Counts(0, 0, 0, 0, 0, 0),
                Participant.UNKNOWN.scored(BigDecimal.TEN, null, FIRST).counts());
    }
}
