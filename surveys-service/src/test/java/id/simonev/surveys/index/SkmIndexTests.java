package id.simonev.surveys.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SkmIndexTests {

    private static final Weights NINTHS = Weights.equal(9);
    private static final IndexTally WORKED_EXAMPLE = Tallies.of(NINTHS, Tallies.SKM_ELEMENTS, Tallies.WORKED_EXAMPLE);

    @Test
    void theWorkedExampleIsBaik() {
        IndexResult result = SkmIndex.of(NINTHS, WORKED_EXAMPLE, null);

        assertEquals(4, result.responses());
        // 25 x 120 / 36 with the exact ninths; the rounded weight 0.111 would print 83.25
        assertEquals(decimal("83.33"), result.ikm());
        assertEquals(Grade.B, result.mutu());
        assertEquals("Baik", result.kinerja());
        assertEquals(decimal("3.3333"), result.weightedNrrSum());
        assertEquals(List.of("U8", "U9"), result.weakestElements());
        assertNull(result.minimumSample());
        assertNull(result.sampleReached());
    }

    @Test
    void theWorkedExampleHasTheNrrOfEachElement() {
        Map<String, IndexResult.Element> elements = byCode(SkmIndex.of(NINTHS, WORKED_EXAMPLE, null));

        assertEquals(Tallies.SKM_ELEMENTS, List.copyOf(elements.keySet()));
        Map<String, String> nrr = Map.of("U1", "3.2500", "U2", "3.2500", "U3", "3.2500", "U4", "3.7500",
                "U5", "3.2500", "U6", "3.5000", "U7", "3.7500", "U8", "3.0000", "U9", "3.0000");
        nrr.forEach((code, expected) -> assertEquals(decimal(expected), elements.get(code).nrr(), code));
        // NRR x 1/9
        assertEquals(decimal("0.3611"), elements.get("U1").weightedNrr());
        assertEquals(decimal("0.4167"), elements.get("U4").weightedNrr());
        assertEquals(decimal("0.3889"), elements.get("U6").weightedNrr());
        assertEquals(decimal("0.3333"), elements.get("U8").weightedNrr());
        // each NRR by the regulation's NRR column
        assertEquals(Grade.B, elements.get("U1").mutu());
        assertEquals("Baik", elements.get("U1").kinerja());
        assertEquals(Grade.A, elements.get("U4").mutu());
        assertEquals(Grade.C, elements.get("U8").mutu());
        assertEquals("Kurang Baik", elements.get("U9").kinerja());
    }

    @Test
    void theWorkedExamplesGradeIsNotDistinguishable() {
        IndexResult result = SkmIndex.of(NINTHS, WORKED_EXAMPLE, null);

        // scores 88.89, 75.00, 91.67, 77.78; sd 8.1776; 83.33 +- 3.1824 x 8.1776 / 2
        assertEquals(interval("70.32", "96.35"), result.ikmInterval());
        assertFalse(result.settled());
        assertEquals(List.of(Grade.C, Grade.B, Grade.A), result.mutuSpanned());
    }

    @Test
    void knowingTheUnitsServiceUsersNarrowsTheInterval() {
        IndexResult result = SkmIndex.of(NINTHS, WORKED_EXAMPLE, 10L);

        // times sqrt((10 - 4) / (10 - 1))
        assertEquals(interval("72.71", "93.96"), result.ikmInterval());
        assertFalse(result.settled());
        assertEquals(List.of(Grade.C, Grade.B, Grade.A), result.mutuSpanned());
        assertEquals(10, result.minimumSample());
        assertFalse(result.sampleReached());
    }

    @Test
    void anNrrIntervalIsClampedToTheScale() {
        Map<String, IndexResult.Element> elements = byCode(SkmIndex.of(NINTHS, WORKED_EXAMPLE, null));

        // answers 4, 3, 3, 3: 3.25 +- 3.1824 x 0.5 / 2 reaches 4.0456
        assertEquals(interval("2.4544", "4.0000"), elements.get("U2").nrrInterval());
        // answers 3, 3, 3, 3: no spread
        assertEquals(interval("3.0000", "3.0000"), elements.get("U8").nrrInterval());
        // answers 4, 3, 4, 2 reach below 2 and above 4
        assertEquals(interval("1.7265", "4.0000"), elements.get("U1").nrrInterval());
    }

    @Test
    void aUnitsOwnWeightsWeighTheElements() {
        Weights weights = Weights.of(List.of(decimal("0.5"), decimal("0.3"), decimal("0.2")));
        IndexTally tally = Tallies.of(weights, List.of("P1", "P2", "P3"),
                new int[] {4, 3, 2},
                new int[] {3, 3, 3},
                new int[] {3, 4, 2},
                new int[] {4, 3, 3});

        IndexResult result = SkmIndex.of(weights, tally, null);

        // NRR 3.5, 3.25, 2.5; IKM = 25 x (0.5 x 3.5 + 0.3 x 3.25 + 0.2 x 2.5) = 25 x 3.225 = 80.625
        // (equal weights would give 77.08); scores 82.5, 75, 77.5, 87.5, sd 5.5434
        assertEquals(decimal("80.63"), result.ikm());
        assertEquals(Grade.B, result.mutu());
        assertEquals(decimal("3.2250"), result.weightedNrrSum());
        assertEquals(interval("71.80", "89.45"), result.ikmInterval());
        assertEquals(List.of(Grade.C, Grade.B, Grade.A), result.mutuSpanned());
        assertEquals(List.of("P3"), result.weakestElements());
        Map<String, IndexResult.Element> elements = byCode(result);
        assertEquals(decimal("1.7500"), elements.get("P1").weightedNrr());
        assertEquals(decimal("0.9750"), elements.get("P2").weightedNrr());
        assertEquals(decimal("0.5000"), elements.get("P3").weightedNrr());
        assertEquals(decimal("2.5000"), elements.get("P3").nrr());
        assertEquals(Grade.D, elements.get("P3").mutu());
    }

    @Test
    void oneResponseHasNoInterval() {
        IndexResult result = SkmIndex.of(NINTHS, Tallies.of(NINTHS, Tallies.SKM_ELEMENTS, Tallies.WORKED_EXAMPLE[0]),
                null);

        // 25 x 32 / 9
        assertEquals(decimal("88.89"), result.ikm());
        assertEquals(Grade.A, result.mutu());
        assertNull(result.ikmInterval());
        assertNull(result.settled());
        assertNull(result.mutuSpanned());
        result.elements().forEach(element -> assertNull(element.nrrInterval(), element.code()));
    }

    @Test
    void whenEveryServiceUserAnsweredTheIndexIsExact() {
        for (long serviceUsers : new long[] {4, 3}) {
            IndexResult result = SkmIndex.of(NINTHS, WORKED_EXAMPLE, serviceUsers);

            assertEquals(interval("83.33", "83.33"), result.ikmInterval(), "N = " + serviceUsers);
            assertTrue(result.settled());
            assertEquals(List.of(Grade.B), result.mutuSpanned());
            assertEquals(interval("3.2500", "3.2500"), byCode(result).get("U2").nrrInterval());
            assertTrue(result.sampleReached());
        }
    }

    @Test
    void answersAllFourGiveADegenerateInterval() {
        int[] best = {4, 4, 4, 4, 4, 4, 4, 4, 4};
        IndexResult result = SkmIndex.of(NINTHS, Tallies.of(NINTHS, Tallies.SKM_ELEMENTS, best, best, best), null);

        assertEquals(decimal("100.00"), result.ikm());
        assertEquals(interval("100.00", "100.00"), result.ikmInterval());
        assertTrue(result.settled());
        assertEquals(List.of(Grade.A), result.mutuSpanned());
        assertEquals(Tallies.SKM_ELEMENTS, result.weakestElements());
        result.elements().forEach(element ->
                assertEquals(interval("4.0000", "4.0000"), element.nrrInterval(), element.code()));
    }

    @Test
    void aSampleBelowTheMinimumIsSaidSo() {
        IndexResult result = SkmIndex.of(NINTHS, WORKED_EXAMPLE, 50L);

        assertEquals(44, result.minimumSample());
        assertFalse(result.sampleReached());
    }

    @Test
    void theTallyMustFitTheWeights() {
        assertThrows(IllegalArgumentException.class, () -> SkmIndex.of(Weights.equal(8), WORKED_EXAMPLE, null));
    }

    @Test
    void aUnitWithoutServiceUsersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SkmIndex.of(NINTHS, WORKED_EXAMPLE, 0L));
    }

    @Test
    void aTallyNeedsCompleteResponses() {
        List<ItemTally> items = List.of(new ItemTally("U1", 4, 13, 45), new ItemTally("U2", 3, 10, 34));
        assertThrows(IllegalArgumentException.class, () -> new IndexTally(4, items, 23, 200));
        assertThrows(IllegalArgumentException.class, () -> new IndexTally(0, List.of(), 0, 0));
    }

    @Test
    void sumsNoResponsesCouldGiveAreRefused() {
        // four answers summing to 12 have squares summing to at least 36
        IndexTally impossible = new IndexTally(4, List.of(new ItemTally("U1", 4, 12, 35)), 12, 36);
        assertThrows(IllegalArgumentException.class, () -> SkmIndex.of(Weights.equal(1), impossible, null));
    }

    private static Map<String, IndexResult.Element> byCode(IndexResult result) {
        return result.elements().stream().collect(Collectors.toMap(IndexResult.Element::code, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }

    private static Interval interval(String lower, String upper) {
        return new Interval(decimal(lower), decimal(upper));
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
