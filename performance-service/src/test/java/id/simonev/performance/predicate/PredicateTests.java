package id.simonev.performance.predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateTests {

    /** The ratings as DOMAIN.md's table heads its rows and columns. */
    private static final Map<String, Rating> AS_THE_TABLE_NAMES_THEM = Map.of(
            "above", Rating.ABOVE_EXPECTATIONS,
            "as expected", Rating.AS_EXPECTED,
            "below", Rating.BELOW_EXPECTATIONS);

    @ParameterizedTest(name = "hasil kerja {0}, perilaku {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # DOMAIN.md, "Performance: employee appraisal (PermenPANRB 6/2022)", cell by cell
            # hasil kerja | perilaku    | predicate
              above       | below       | Kurang/Misconduct
              above       | as expected | Baik
              above       | above       | Sangat Baik
              as expected | below       | Kurang/Misconduct
              as expected | as expected | Baik
              as expected | above       | Baik
              below       | below       | Sangat Kurang
              below       | as expected | Butuh Perbaikan
              below       | above       | Butuh Perbaikan
            """)
    void thePredicateIsTheRegulationsCell(String hasilKerja, String perilakuKerja, String predicate) {
        assertEquals(predicate, Predicate.of(AS_THE_TABLE_NAMES_THEM.get(hasilKerja),
                AS_THE_TABLE_NAMES_THEM.get(perilakuKerja)).label());
    }
}
