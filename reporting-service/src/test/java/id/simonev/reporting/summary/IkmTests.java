package id.simonev.reporting.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.simonev.platform.validation.Display;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IkmTests {

    /** The worked example of docs/domain.md, "SKM and IKM": four responses, U1..U9. */
    private static final int[][] EXAMPLE = {
            {4, 4, 3, 4, 3, 3, 4, 3, 4},
            {3, 3, 3, 3, 3, 3, 3, 3, 3},
            {4, 3, 4, 4, 4, 4, 4, 3, 3},
            {2, 3, 3, 4, 3, 4, 4, 3, 2}};

    private static long[] sums(int[][] responses) {
        long[] sums = new long[9];
        for (int[] response : responses) {
            for (int i = 0; i < 9; i++) {
                sums[i] += response[i];
            }
        }
        return sums;
    }

    @Test
    void theWorkedExampleIs83point33GradeBBaik() {
        Ikm ikm = Ikm.of(4, sums(EXAMPLE));

        assertEquals(new BigDecimal("83.33"), Display.twoDecimals(ikm.index()));
        assertEquals(Mutu.B, ikm.mutu());
        assertEquals("Baik", ikm.mutu().kinerja());
    }

    @Test
    void theWorkedExampleHasTheNrrOfEachElement() {
        Map<String, String> expected = Map.of("U1", "3.25", "U2", "3.25", "U3", "3.25", "U4", "3.75", "U5", "3.25",
                "U6", "3.50", "U7", "3.75", "U8", "3.00", "U9", "3.00");

        Ikm ikm = Ikm.of(4, sums(EXAMPLE));

        expected.forEach((element, nrr) -> assertEquals(new BigDecimal(nrr), Display.twoDecimals(ikm.nrr().get(element)),
                element));
    }

    @Test
    void theIkmIsKeptAtFullPrecisionNotWithTheWeightRoundedTo0point111() {
        Ikm ikm = Ikm.of(4, sums(EXAMPLE));

        // 25 x 120 / 36 = 83.333...; with the weight rounded to 0.111 reports print 83.25.
        assertEquals(0, new BigDecimal("83.33333333333333333333333333333333").compareTo(ikm.index()));
    }

    @Test
    void allBestIs100AndAllWorstIs25() {
        assertEquals(new BigDecimal("100.00"), Display.twoDecimals(Ikm.of(2, new long[]{8, 8, 8, 8, 8, 8, 8, 8, 8}).index()));
        assertEquals(new BigDecimal("25.00"), Display.twoDecimals(Ikm.of(2, new long[]{2, 2, 2, 2, 2, 2, 2, 2, 2}).index()));
        assertEquals(Mutu.A, Ikm.of(1, new long[]{4, 4, 4, 4, 4, 4, 4, 4, 4}).mutu());
        assertEquals(Mutu.D, Ikm.of(1, new long[]{1, 1, 1, 1, 1, 1, 1, 1, 1}).mutu());
    }

    @Test
    void noResponsesHaveNoIkm() {
        assertThrows(IllegalArgumentException.class, () -> Ikm.of(0, new long[9]));
        assertThrows(IllegalArgumentException.class, () -> Ikm.of(1, new long[8]));
    }

    @ParameterizedTest(name = "IKM {0} is grade {1}, {2}")
    @CsvSource({
            "100.00, A, Sangat Baik",
            "88.31, A, Sangat Baik",
            "88.305, A, Sangat Baik",
            "88.30, B, Baik",
            "88.3049, B, Baik",
            "76.61, B, Baik",
            "76.605, B, Baik",
            "76.60, C, Kurang Baik",
            "65.00, C, Kurang Baik",
            "64.995, C, Kurang Baik",
            "64.99, D, Tidak Baik",
            "25.00, D, Tidak Baik"
    })
    void everyBandAndBoundaryOfTheRegulation(BigDecimal ikm, Mutu mutu, String kinerja) {
        assertEquals(mutu, Mutu.of(ikm));
        assertEquals(kinerja, Mutu.of(ikm).kinerja());
    }

    @ParameterizedTest
    @CsvSource({"24.99", "100.01", "0"})
    void anIkmOutside25To100IsNotGraded(BigDecimal ikm) {
        assertThrows(IllegalArgumentException.class, () -> Mutu.of(ikm));
    }
}
