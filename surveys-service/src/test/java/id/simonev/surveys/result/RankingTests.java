package id.simonev.surveys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.simonev.surveys.index.Grade;
import id.simonev.surveys.index.Interval;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTests {

    private static SkmRanking.Entry entry(String unit, int version, String ikm, String lower, String upper) {
        Interval interval = lower == null ? null : new Interval(new BigDecimal(lower), new BigDecimal(upper));
        Grade mutu = Grade.ofIkm(new BigDecimal(ikm));
        return new SkmRanking.Entry(null, unit, "Unit " + unit, "DINAS", "73.71", "SKM", version, null,
                interval == null ? 1 : 10, new BigDecimal(ikm), mutu, mutu.kinerja(), interval, null, null);
    }

    private static List<String> units(List<SkmRanking.Entry> ranking) {
        return ranking.stream().map(SkmRanking.Entry::serviceUnitCode).toList();
    }

    @Test
    void theHighestIkmRanksFirstAndEqualIkmsShareARank() {
        List<SkmRanking.Entry> ranking = Ranking.of(List.of(
                entry("C", 1, "80.00", "79.00", "81.00"),
                entry("A", 1, "90.00", "89.00", "91.00"),
                entry("D", 1, "70.00", "69.00", "71.00"),
                entry("B", 1, "80.00", "79.50", "80.50")));

        assertEquals(List.of("A", "B", "C", "D"), units(ranking));
        assertEquals(Arrays.asList(1, 2, 2, 4), ranking.stream().map(SkmRanking.Entry::rank).toList());
    }

    @Test
    void intervalsThatOverlapOrTouchCannotBeToldApart() {
        List<SkmRanking.Entry> ranking = Ranking.of(List.of(
                entry("A", 1, "90.00", "85.00", "95.00"),
                entry("B", 1, "82.00", "78.00", "85.00"),
                entry("C", 1, "76.00", "70.00", "77.99")));

        assertEquals(List.of("B"), ranking.get(0).indistinguishableFrom());
        assertEquals(List.of("A"), ranking.get(1).indistinguishableFrom());
        assertEquals(List.of(), ranking.get(2).indistinguishableFrom());
    }

    @Test
    void aUnitIsNotComparedWithItsOwnEntryForAnotherVersion() {
        List<SkmRanking.Entry> ranking = Ranking.of(List.of(
                entry("A", 1, "80.00", "75.00", "85.00"),
                entry("A", 2, "81.00", "76.00", "86.00"),
                entry("B", 1, "79.00", "74.00", "84.00")));

        assertEquals(List.of("A", "A", "B"), units(ranking));
        assertEquals(List.of(2, 1), ranking.stream().limit(2).map(SkmRanking.Entry::instrumentVersion).toList());
        assertEquals(List.of("B"), ranking.get(0).indistinguishableFrom());
        assertEquals(List.of("A"), ranking.get(2).indistinguishableFrom());
    }

    @Test
    void aSingleResponseHasNoIntervalAndIsListedLastUnranked() {
        List<SkmRanking.Entry> ranking = Ranking.of(List.of(
                entry("A", 1, "100.00", null, null),
                entry("B", 1, "60.00", "55.00", "65.00"),
                entry("C", 1, "50.00", null, null)));

        assertEquals(List.of("B", "A", "C"), units(ranking));
        assertEquals(1, ranking.get(0).rank());
        assertNull(ranking.get(1).rank());
        assertNull(ranking.get(1).indistinguishableFrom());
        assertNull(ranking.get(2).rank());
    }
}
