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
 * Citizens' endpoints are limited per campaign, and every public page per client address: past the
 * limit, the API answers a 429 problem and the page a 429 page, both with Retry-After. The limits are
 * set low here, over a day, so that no window ends during a test. The tests stand behind a proxy, so
 * that a test counting a client's requests comes from an address of its own.
 */
@QuarkusTest
@TestProfile(PublicRateLimitTests.LowLimits.class)
class PublicRateLimitTests {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simonev.rate-limit.limits.public-link.requests", "3",
                    "simonev.rate-limit.limits.public-link.window", "1d",
                    "simonev.rate-limit.limits.client-address.requests", "20",
                    "simonev.rate-limit.limits.client-address.window", "1d",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
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

    @Test
    void pastTheClientsLimitTheEvaluationPageAnswers429WithRetryAfter() {
        // The limit is counted before the link is looked up: an unknown one counts as any other.
        for (int i = 0; i < 20; i++) {
            given().header("X-Forwarded-For", "203.0.113.61").when().get("/e/ZZZZZZZZZZZZZZZZ").then()
                    .statusCode(404);
        }

        given().header("X-Forwarded-For", "203.0.113.61").when().get("/e/ZZZZZZZZZZZZZZZZ").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("Silakan coba lagi"));
        given().header("X-Forwarded-For", "203.0.113.61").formParams(Map.of("idempotencyKey", "k")).when()
                .post("/e/ZZZZZZZZZZZZZZZZ").then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.62").when().get("/e/ZZZZZZZZZZZZZZZZ").then().statusCode(404);
    }
}
