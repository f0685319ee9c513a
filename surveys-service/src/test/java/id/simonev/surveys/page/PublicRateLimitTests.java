package id.simonev.surveys.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.simonev.platform.problem.ProblemType;
import id.simonev.surveys.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Citizens' endpoints are limited per campaign: past the limit, the API answers a 429 problem and
 * the page a 429 page, both with Retry-After. The limit is set low here, over a day, so that no
 * window ends during the test.
 */
@QuarkusTest
@TestProfile(PublicRateLimitTests.LowLimits.class)
class PublicRateLimitTests {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simonev.rate-limit.limits.public-link.requests", "3",
                    "simonev.rate-limit.limits.public-link.window", "1d");
        }
    }

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    @Test
    void pastTheCampaignsLimitTheApiAndThePageAnswer429WithRetryAfter() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/public/surveys/" + campaign.code()).then().statusCode(200);
        }

        given().when().get("/api/v1/public/surveys/" + campaign.code()).then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo(ProblemType.TOO_MANY_REQUESTS.uri().toString()));
        given().when().get("/s/" + campaign.code()).then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("Silakan coba lagi"));
        given().when().get("/api/v1/public/surveys/" + Surveys.openCampaign(Surveys.MAKASSAR_UNIT).code()).then()
                .statusCode(200);
    }
}
