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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Public endpoints are limited per campaign or single-use link, and every public page per client
 * address: past the limit, the API answers a 429 problem and the page a 429 page, both with Retry-After. The limits are
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
        // The limits are counted before the link is looked up: an unknown one counts as any other. Each
        // request names a link of its own, so that only the client's limit is reached.
        for (int i = 0; i < 20; i++) {
            given().header("X-Forwarded-For", "203.0.113.61").when().get("/e/ZZZZZZZZZZZZZZ" + (10 + i)).then()
                    .statusCode(404);
        }

        given().header("X-Forwarded-For", "203.0.113.61").when().get("/e/ZZZZZZZZZZZZZZ40").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("Silakan coba lagi"));
        given().header("X-Forwarded-For", "203.0.113.61").formParams(Map.of("idempotencyKey", "k")).when()
                .post("/e/ZZZZZZZZZZZZZZ41").then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.62").when().get("/e/ZZZZZZZZZZZZZZ42").then().statusCode(404);
    }

    @Test
    void pastALinksLimitItsPageAndItsApiAnswer429WhoeverAsks() {
        String link = "/api/v1/public/programs/" + UUID.randomUUID() + "/evaluations/YYYYYYYYYYYYYYYY";
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113." + (70 + i)).when().get(link).then().statusCode(404);
        }

        given().header("X-Forwarded-For", "203.0.113.80").when().get(link).then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo(ProblemType.TOO_MANY_REQUESTS.uri().toString()));
        given().header("X-Forwarded-For", "203.0.113.81").when().get("/e/yyyy-yyyy-yyyy-yyyy").then()
                .statusCode(429);
    }
}
