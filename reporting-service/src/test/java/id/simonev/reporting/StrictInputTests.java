package id.simonev.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * reporting-service answers the framework's own refusals as every service does (issue 14): as
 * problems, never with an empty body.
 */
@QuarkusTest
class StrictInputTests {

    private static final String SUMMARY = "/api/v1/reports/regions/73.71/summary";

    @Test
    void aMethodTheReportDoesNotHaveIsA405Problem() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{}").when().post(SUMMARY)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:method-not-allowed"))
                .body("status", equalTo(405))
                .body("instance", equalTo(SUMMARY))
                .body("detail", equalTo("POST is not allowed here"));
    }

    @Test
    void aReportInAMediaTypeItIsNotGivenInIsA406Problem() {
        given().auth().oauth2(Tokens.admin()).accept("text/csv").when().get(SUMMARY)
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:not-acceptable"))
                .body("detail", equalTo("No answer here has a media type that Accept allows (text/csv)"));
    }
}
