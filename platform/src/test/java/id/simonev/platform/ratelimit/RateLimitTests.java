package id.simonev.platform.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.simonev.platform.problem.Problem;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a client of a public operation sees of its limits: past the limit of its address, or of
 * the link it follows, a 429 problem saying when to come back, until the window ends. The limits of
 * the tests are 5 requests per address and 3 per link, each per minute ({@code application.properties}).
 * Each test sets the time and comes from addresses of its own (the tests stand behind a proxy).
 */
@QuarkusTest
class RateLimitTests {

    private static final Instant WINDOW_START = Instant.parse("2031-03-02T08:00:00Z");
    private static final String CODE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @Inject
    SettableClock clock;

    @Inject
    RateLimits rateLimits;

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse follow(String code, String from) {
        return given().header("X-Forwarded-For", from).when().get("/test/links/" + code).then();
    }

    @Test
    void anAddressPastItsLimitIsRefusedUntilTheWindowEndsWhileOthersGoOn() {
        clock.set(WINDOW_START.plusSeconds(20));
        for (int i = 1; i <= 5; i++) {
            follow("KODE-A" + i, "203.0.113.10").statusCode(200);
        }

        follow("KODE-A6", "203.0.113.10").statusCode(429)
                .header("Retry-After", "40")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:too-many-requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/test/links/KODE-A6"))
                .body("detail", equalTo("More than 5 requests within 60 seconds (limit client-address); "
                        + "retry in 40 seconds"));
        follow("KODE-A7", "203.0.113.11").statusCode(200);

        clock.set(WINDOW_START.plusSeconds(59).plusMillis(500));
        follow("KODE-A8", "203.0.113.10").statusCode(429).header("Retry-After", "1");

        clock.set(WINDOW_START.plusSeconds(60));
        follow("KODE-A9", "203.0.113.10").statusCode(200);
    }

    @Test
    void aLinkPastItsLimitIsRefusedFromEveryAddressWhileOtherLinksGoOn() {
        clock.set(WINDOW_START.plus(Duration.ofHours(1)));
        for (int i = 1; i <= 3; i++) {
            follow("KODE-B", "198.51.100." + i).statusCode(200);
        }

        JsonPath problem = follow("KODE-B", "198.51.100.4").statusCode(429)
                .header("Retry-After", "60")
                .extract().jsonPath();
        assertEquals("urn:simonev:problem:too-many-requests", problem.getString("type"));
        assertEquals("More than 3 requests within 60 seconds (limit public-link); retry in 60 seconds",
                problem.getString("detail"));
        follow("KODE-C", "198.51.100.4").statusCode(200);
    }

    @Test
    void aLinkLongerThanAnIndexEntryIsCountedLikeAnyOther() {
        clock.set(WINDOW_START.plus(Duration.ofMinutes(90)));
        // Random letters and digits, which PostgreSQL cannot compress into an index entry (at most 2704 bytes).
        String code = new Random(7).ints(4000, 0, 62).mapToObj(i -> String.valueOf(CODE_CHARACTERS.charAt(i)))
                .collect(Collectors.joining());
        for (int i = 1; i <= 3; i++) {
            follow(code, "198.51.100.1" + i).statusCode(200);
        }

        follow(code, "198.51.100.14").statusCode(429);
    }

    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        clock.set(WINDOW_START.plus(Duration.ofHours(2)));
        for (int i = 1; i <= 5; i++) {
            follow("KODE-D" + i, "[2001:db8:1:2::" + i + "]").statusCode(200);
        }

        follow("KODE-D6", "[2001:db8:1:2:ffff::6]").statusCode(429);
        follow("KODE-D7", "[2001:db8:1:3::1]").statusCode(200);
    }

    @Test
    void anOperationThatIsNotRateLimitedCountsNothing() {
        clock.set(WINDOW_START.plus(Duration.ofHours(3)));
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", "192.0.2.20").when().get("/test/plans").then().statusCode(200);
        }

        follow("KODE-E", "192.0.2.20").statusCode(200);
    }

    @Test
    void theOpenApiDocumentShowsTheRefusalOnRateLimitedOperationsOnly() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String refusal = "paths.'/test/links/{code}'.get.responses.'429'";

        assertEquals("integer", document.getString(refusal + ".headers.Retry-After.schema.type"));
        assertEquals("#/components/schemas/Problem",
                document.getString(refusal + ".content.'application/problem+json'.schema.$ref"));
        assertEquals("No such link", document.getString("paths.'/test/links/{code}'.get.responses.'404'.description"));
        assertNull(document.get("paths.'/test/plans'.get.responses.'429'"));
    }

    @Test
    void endedWindowsAreRemovedAndTheCurrentOnesKept() throws SQLException {
        clock.set(WINDOW_START.plus(Duration.ofHours(4)));
        follow("KODE-F", "192.0.2.30").statusCode(200);
        clock.set(WINDOW_START.plus(Duration.ofHours(5)).plusSeconds(30));
        follow("KODE-G", "192.0.2.30").statusCode(200);

        rateLimits.removeEndedWindows();

        assertEquals(List.of("client-address 192.0.2.30", "public-link KODE-G"), windows());
    }

    /** The windows in the table, as their limit and key. */
    private List<String> windows() throws SQLException {
        List<String> windows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select limit_name || ' ' || key from rate_limit_window order by 1")) {
            while (rows.next()) {
                windows.add(rows.getString(1));
            }
        }
        return windows;
    }
}
