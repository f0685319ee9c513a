package id.simonev.surveys.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KrejcieMorganTests {

    @ParameterizedTest(name = "N = {0} -> S = {1}")
    @CsvSource({
            // DOMAIN.md: the published N -> S table, rounded to the nearest integer (50 gives 44.34, not 45)
            "50, 44",
            "100, 80",
            "500, 217",
            "1000, 278",
            "10000, 370",
            "1000000, 384",
            // a unit of one asks its one user; ten users give 9.77, so all ten
            "1, 1",
            "10, 10"
    })
    void theMinimumSampleIsThePublishedOne(long serviceUsers, long minimumSample) {
        assertEquals(minimumSample, KrejcieMorgan.minimumSample(serviceUsers));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void aUnitWithoutServiceUsersHasNoSample(long serviceUsers) {
        assertThrows(IllegalArgumentException.class, () -> KrejcieMorgan.minimumSample(serviceUsers));
    }
}
