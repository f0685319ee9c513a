package id.simonev.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerTests {

    private static Caller caller(String role, String regions) {
        return new Caller("someone", Set.of(role), regions.isEmpty() ? Set.of() : Set.of(regions.split(" ")));
    }

    @ParameterizedTest(name = "{0} with regions [{1}] covers {2}: {3}")
    @CsvSource({
            "operator, 73.71, 73.71, true",
            "operator, 73.71, 73.72, false",
            "operator, 73.71, 73, false",
            "operator, 73, 73, true",
            "operator, 73, 73.71, true",
            "operator, 73, 74.71, false",
            "operator, 7, 73.71, false",
            "operator, 73.71 11.02, 11.02, true",
            "operator, '', 73.71, false",
            "analyst, 31, 31.75, true",
            "analyst, 31, 3.17, false",
            "analyst, *, 53.71, true",
            "admin, '', 53.71, true"
    })
    void aProvinceCoversItsKabupatenKotaAndNothingElse(String role, String regions, String region, boolean covered) {
        assertEquals(covered, caller(role, regions).covers(region));
    }

    @ParameterizedTest
    @CsvSource({"operator, 11.02, 73.71", "operator, '', 73"})
    void aRegionOutsideTheTokenIsForbidden(String role, String regions, String region) {
        ProblemException refused = assertThrows(ProblemException.class, () -> caller(role, regions).requireRegion(region));
        assertEquals(ProblemType.FORBIDDEN, refused.type());
    }

    @ParameterizedTest
    @CsvSource({"operator, 73, 73.71", "admin, '', 11.02"})
    void aRegionInsideTheTokenIsAllowed(String role, String regions, String region) {
        assertDoesNotThrow(() -> caller(role, regions).requireRegion(region));
    }

    @Test
    void aReferenceOutsideTheTokenIsForbiddenNamingTheField() {
        ProblemException refused = assertThrows(ProblemException.class, () -> caller("operator", "73.71")
                .requireReference("targetAgencyCodes[1]", "agency DISDIK-JKT", "31.71"));

        assertEquals(ProblemType.FORBIDDEN, refused.type());
        assertEquals("targetAgencyCodes[1]", refused.violations().get(0).field());
        assertEquals("agency DISDIK-JKT is in region 31.71, which your token does not cover",
                refused.violations().get(0).message());
        assertDoesNotThrow(() -> caller("operator", "31").requireReference("nip", "employee 1", "31.71"));
    }
}
