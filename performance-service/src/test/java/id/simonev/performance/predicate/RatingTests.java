package id.simonev.performance.predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "ABOVE_EXPECTATIONS, di atas ekspektasi",
            "AS_EXPECTED, sesuai ekspektasi",
            "BELOW_EXPECTATIONS, di bawah ekspektasi"
    })
    void aRatingHasItsIndonesianName(Rating rating, String indonesianName) {
        assertEquals(indonesianName, rating.indonesianName());
    }
}
