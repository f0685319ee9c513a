package id.simonev.performance.realisation;

import static id.simonev.performance.realisation.RealisationResourceTests.post;
import static id.simonev.performance.realisation.RealisationResourceTests.realisation;
import static org.hamcrest.Matchers.equalTo;

import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * performance-service reads requests as strictly as every service (issue 14): a realisation with
 * a field it does not have, or a direction given by its position, is a 400 and nothing is stored.
 */
@QuarkusTest
class StrictInputTests {

    private static final String MAKASSAR = "DISHUB-MKS";


    @Inject
    RealisationRepository realisations;

    @BeforeEach
    void anAgencyInMakassarIsRegistered() {
        Register.ensureAgency(MAKASSAR, "73.71");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> realisations.count());
    }

    @Test
    void aUnitTheRealisationDoesNotHaveIsRefusedNotDropped() {
        Map<String, Object> realisation = realisation(MAKASSAR);
        realisation.put("unit", "hari");

        Refusal.of(ProblemType.INVALID_REQUEST, "unit")
                .check(this::stored, () -> post(Tokens.operator("73"), realisation))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("unit"))
                .body("violations[0].message", equalTo("is not a field of this request; "
                        + "its fields are agencyCode, direction, indicatorCode, period, realisation, target"));
    }

    @Test
    void aDirectionByItsPositionIsRefused() {
        Map<String, Object> realisation = realisation(MAKASSAR);
        realisation.put("direction", 1);

        Refusal.of(ProblemType.INVALID_REQUEST, "direction")
                .check(this::stored, () -> post(Tokens.operator("73"), realisation))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("direction"))
                .body("violations[0].message", equalTo("must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER"));
    }
}
