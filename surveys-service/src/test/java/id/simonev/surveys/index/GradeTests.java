package id.simonev.surveys.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GradeTests {

    @ParameterizedTest(name = "IKM {0} -> {1} {2}")
    @CsvSource({
            "100.00, A, Sangat Baik",
            "88.31, A, Sangat Baik",
            "88.30, B, Baik",
            "76.61, B, Baik",
            "76.60, C, Kurang Baik",
            "65.00, C, Kurang Baik",
            "64.99, D, Tidak Baik",
            "25.00, D, Tidak Baik",
            // classified on the value rounded half up to 2 decimals
            "88.305, A, Sangat Baik",
            "88.3049, B, Baik",
            "76.605, B, Baik",
            "76.6049, C, Kurang Baik",
            "64.995, C, Kurang Baik",
            "64.9949, D, Tidak Baik",
            "24.995, D, Tidak Baik",
            "100.004, A, Sangat Baik",
            // DOMAIN.md's worked example at full precision
            "83.33333333333333333333333333333333, B, Baik"
    })
    void anIkmIsGradedByTheRegulationsTable(BigDecimal ikm, Grade grade, String kinerja) {
        assertEquals(grade, Grade.ofIkm(ikm));
        assertEquals(kinerja, Grade.ofIkm(ikm).kinerja());
    }

    @ParameterizedTest(name = "NRR {0} -> {1}")
    @CsvSource({
            "4.00, A",
            "3.5324, A",
            "3.5323, B",
            "3.0644, B",
            "3.0643, C",
            "2.6000, C",
            "2.5999, D",
            "1.00, D",
            // the gaps the regulation's NRR column leaves belong to the band below
            "3.5321, B",
            "3.0641, C",
            "2.5997, D",
            // classified on the value rounded half up to 4 decimals
            "3.53235, A",
            "3.532349, B",
            "2.59995, C",
            "0.99995, D",
            // DOMAIN.md's examples
            "2.936, C",
            "3.200, B",
            "3.916, A"
    })
    void anNrrIsGradedByTheRegulationsNrrColumn(BigDecimal nrr, Grade grade) {
        assertEquals(grade, Grade.ofNrr(nrr));
    }

    @ParameterizedTest
    @EnumSource(Grade.class)
    void anNrrBandStartsWhereItsIkmBandStartsOnTheNrrScale(Grade grade) {
        assertEquals(0, grade.ikmFrom().divide(BigDecimal.valueOf(25)).compareTo(grade.nrrFrom()));
    }

    @ParameterizedTest
    @CsvSource({"24.99", "100.01", "0", "-1"})
    void anIkmOutsideItsRangeHasNoGrade(BigDecimal ikm) {
        assertThrows(IllegalArgumentException.class, () -> Grade.ofIkm(ikm));
    }

    @ParameterizedTest
    @CsvSource({"0.9999", "4.0001", "5"})
    void anNrrOutsideTheScaleHasNoGrade(BigDecimal nrr) {
        assertThrows(IllegalArgumentException.class, () -> Grade.ofNrr(nrr));
    }

    @Test
    void anIntervalSpansEveryGradeFromItsLowerEndToItsUpperEnd() {
        assertEquals(List.of(Grade.C, Grade.B, Grade.A), Grade.spannedByIkm(interval("70.32", "96.35")));
        assertEquals(List.of(Grade.D, Grade.C, Grade.B, Grade.A), Grade.spannedByIkm(interval("25.00", "100.00")));
        assertEquals(List.of(Grade.C, Grade.B), Grade.spannedByIkm(interval("76.60", "76.61")));
        assertEquals(List.of(Grade.B), Grade.spannedByIkm(interval("76.61", "88.30")));
    }

    private static Interval interval(String lower, String upper) {
        return new Interval(new BigDecimal(lower), new BigDecimal(upper));
    }
}
