package id.simonev.performance.realisation;

import static id.simonev.performance.realisation.RealisationResourceTests.post;
import static id.simonev.performance.realisation.RealisationResourceTests.realisation;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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

    /** Posts the realisation and checks that it was refused for {@code field} and that nothing was stored. */
    private ValidatableResponse refused(Map<String, Object> realisation, String field) {
        long before = stored();
        ValidatableResponse refusal = post(Tokens.operator("73"), realisation)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:invalid-request"))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo(field));
        assertEquals(before, stored());
        return refusal;
    }

    @Test
    void aUnitTheRealisationDoesNotHaveIsRefusedNotDropped() {
        Map<String, Object> realisation = realisation(MAKASSAR);
        realisation.put("unit", "hari");

        refused(realisation, "unit").body("violations[0].message", equalTo("is not a field of this request; "
                + "its fields are agencyCode, direction, indicatorCode, period, realisation, target"));
    }

    @Test
    void aDirectionByItsPositionIsRefused() {
        Map<String, Object> realisation = realisation(MAKASSAR);
        realisation.put("direction", 1);

        refused(realisation, "direction")
                .body("violations[0].message", equalTo("must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER"));
    }
}
