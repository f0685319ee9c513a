package id.simonev.programs.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.testing.EventContract;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramResourceTests {

    private static final String PROGRAMS = "/api/v1/programs";

    static Map<String, Object> program(String regionCode) {
        Map<String, Object> program = new HashMap<>();
        program.put("code", "PKP-" + UUID.randomUUID().toString().substring(0, 8));
        program.put("title", "Pelatihan Kepemimpinan Pengawas");
        program.put("regionCode", regionCode);
        program.put("format", "TRAINING");
        program.put("startDate", "2026-03-02");
        program.put("endDate", "2026-03-06");
        program.put("jp", 40);
        return program;
    }

    static ValidatableResponse post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(PROGRAMS).then();
    }

    private static long total() {
        return given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void anOperatorSchedulesAProgramInItsRegionAndCanReadItBack() {
        Map<String, Object> program = program("73.71");
        String id = post(Tokens.operator("73.71"), program)
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("code", equalTo(program.get("code")))
                .body("status", equalTo("SCHEDULED"))
                .body("jp", equalTo(40))
                .extract().path("id");

        given().auth().oauth2(Tokens.analyst("73")).when().get(PROGRAMS + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Pelatihan Kepemimpinan Pengawas"))
                .body("regionCode", equalTo("73.71"))
                .body("startDate", equalTo("2026-03-02"));
    }

    @Test
    void aScheduledProgramIsAnnouncedOnTheTopicKeyedByItsIdAndTrueToItsContract() {
        Map<String, Object> program = program("11.02");
        String id = post(Tokens.admin(), program).statusCode(201).extract().path("id");

        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, id, 1, Duration.ofSeconds(20)).get(0);

        assertEquals(id, event.key());
        assertEquals("ProgramScheduled", event.value().path("type").asText());
        assertEquals("programs-service", event.value().path("source").asText());
        assertEquals(id, event.value().path("aggregateId").asText());
        assertEquals("11.02", event.value().path("region").asText());
        assertEquals(program.get("code"), event.value().path("data").path("code").asText());
        assertEquals(40, event.value().path("data").path("jp").asInt());
        EventContract.assertValid(event.value());
    }

    @Test
    void theSeededRegionsAreAnnouncedAsRegionRegistered() {
        Topics.Event makassar = Topics.awaitEvents(Topics.PROGRAMS, "73.71", 1, Duration.ofSeconds(20)).get(0);

        assertEquals("RegionRegistered", makassar.value().path("type").asText());
        assertEquals("Kota Makassar", makassar.value().path("data").path("name").asText());
        assertEquals("73", makassar.value().path("data").path("parentCode").asText());
        EventContract.assertValid(makassar.value());
    }

    @Test
    void aMissingFieldIsA400NamingItAndWritesNothing() {
        long before = total();
        Map<String, Object> program = program("73.71");
        program.remove("title");

        post(Tokens.admin(), program)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:invalid-request"))
                .body("violations.field", contains("title"))
                .body("violations[0].message", equalTo("must not be blank"));
        assertEquals(before, total());
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        Map<String, Object> program = program("73.71");
        program.put("jp", "forty");

        post(Tokens.admin(), program)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("jp"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void aNumberTooLargeOrTextWithANulCharacterIsA400() {
        Map<String, Object> tooLarge = program("73.71");
        tooLarge.put("jp", 99999999999L);
        post(Tokens.admin(), tooLarge).statusCode(400).contentType("application/problem+json");

        Map<String, Object> nul = program("73.71");
        nul.put("title", "Pelatihan\u0000");
        post(Tokens.admin(), nul).statusCode(400)
                .body("violations[0].field", equalTo("title"))
                .body("violations[0].message", equalTo("must not hold the NUL character"));
    }

    @Test
    void anUnknownFormatIsA400ListingTheFormats() {
        Map<String, Object> program = program("73.71");
        program.put("format", "PARTY");

        post(Tokens.admin(), program)
                .statusCode(400)
                .body("violations[0].field", equalTo("format"))
                .body("violations[0].message", startsWith("must be one of TRAINING, WORKSHOP"));
    }

    @Test
    void aBadDateIsA400NamingTheField() {
        Map<String, Object> program = program("73.71");
        program.put("startDate", "2026-02-30");

        post(Tokens.admin(), program)
                .statusCode(400)
                .body("violations[0].field", equalTo("startDate"))
                .body("violations[0].message", equalTo("must be a date (yyyy-mm-dd)"));
    }

    @Test
    void valuesOutOfRangeAreA400ForEachField() {
        Map<String, Object> program = program("7371");
        program.put("jp", 0);

        post(Tokens.admin(), program)
                .statusCode(400)
                .body("violations.field", contains("jp", "regionCode"))
                .body("violations[0].message", equalTo("must be greater than or equal to 1"));
    }

    @Test
    void aDateOutsideTheCivilServicesCenturiesIsA400() {
        Map<String, Object> program = program("73.71");
        program.put("endDate", "+200000-01-01");

        post(Tokens.admin(), program)
                .statusCode(400)
                .body("violations[0].field", equalTo("endDate"))
                .body("violations[0].message", equalTo("must be a date from 1900 to 2100"));
    }

    @Test
    void anEndBeforeTheStartIsA400() {
        Map<String, Object> program = program("73.71");
        program.put("endDate", "2026-03-01");

        post(Tokens.admin(), program)
                .statusCode(400)
                .body("violations[0].field", equalTo("endDate"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400() {
        post(Tokens.admin(), "{\"code\": ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("The request is invalid"));
    }

    @Test
    void aRegionNotInTheRegisterIsA422AndWritesNothing() {
        long before = total();

        post(Tokens.admin(), program("99.99"))
                .statusCode(422)
                .body("type", equalTo("urn:simonev:problem:unknown-reference"))
                .body("violations[0].field", equalTo("regionCode"));
        assertEquals(before, total());
    }

    @Test
    void aSecondProgramWithTheSameCodeIsA409() {
        Map<String, Object> program = program("73.71");
        post(Tokens.admin(), program).statusCode(201);

        post(Tokens.admin(), program)
                .statusCode(409)
                .body("type", equalTo("urn:simonev:problem:conflict"));
    }

    @Test
    void withoutATokenTheAnswerIsA401Problem() {
        given().contentType(ContentType.JSON).body(program("73.71")).when().post(PROGRAMS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:simonev:problem:unauthenticated"));
        given().when().get(PROGRAMS).then().statusCode(401);
    }

    @Test
    void aTokenSignedByAnUnknownKeyOrExpiredIsA401() {
        post(Tokens.signedWithUnknownKey(), program("73.71")).statusCode(401)
                .contentType("application/problem+json");
        post(Tokens.expired(), program("73.71")).statusCode(401);
    }

    @Test
    void anAnalystMayNotSchedule() {
        post(Tokens.analyst("73"), program("73.71"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:forbidden"));
    }

    @Test
    void anOperatorMayNotScheduleOutsideItsRegionsAndNothingIsWritten() {
        long before = total();

        post(Tokens.operator("11.02"), program("73.71"))
                .statusCode(403)
                .body("detail", startsWith("Your token does not cover region 73.71"));
        assertEquals(before, total());
    }

    @Test
    void aProvinceInTheTokenCoversItsKabupatenKota() {
        post(Tokens.operator("31"), program("31.74")).statusCode(201);
    }

    @Test
    void theListHoldsOnlyWhatTheCallerMaySeeAndFiltersByRegionAndYear() {
        post(Tokens.admin(), program("53.71")).statusCode(201);
        Map<String, Object> later = program("53.71");
        later.put("startDate", "2027-01-10");
        later.put("endDate", "2027-01-12");
        post(Tokens.admin(), later).statusCode(201);
        post(Tokens.admin(), program("31.71")).statusCode(201);

        given().auth().oauth2(Tokens.operator("53.71")).when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items.regionCode", everyItem(equalTo("53.71")))
                .body("items.code", hasItem(later.get("code")));
        given().auth().oauth2(Tokens.analyst("53")).queryParam("year", 2027).when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items.code", equalTo(List.of(later.get("code"))))
                .body("total", equalTo(1));
        given().auth().oauth2(Tokens.admin()).queryParam("region", "31").queryParam("size", 1).when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1))
                .body("page", equalTo(0));
    }

    @Test
    void badPagingAndSortingAreA400() {
        given().auth().oauth2(Tokens.admin()).queryParam("size", 500).when().get(PROGRAMS)
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.admin()).queryParam("page", "abc").when().get(PROGRAMS)
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.admin()).queryParam("page", 10737419).queryParam("size", 200).when().get(PROGRAMS)
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.admin()).queryParam("sort", "salary,desc").when().get(PROGRAMS)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
        given().auth().oauth2(Tokens.admin()).queryParam("region", "Makassar").when().get(PROGRAMS)
                .then().statusCode(400).body("violations[0].field", equalTo("region"));
        given().auth().oauth2(Tokens.admin()).queryParam("status", "SLEEPING").when().get(PROGRAMS)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.admin()).queryParam("year", "tahun ini").when().get(PROGRAMS)
                .then().statusCode(400).body("violations[0].field", equalTo("year"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void anUnknownProgramIsA404Problem() {
        given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndSchedulesNothingNew() {
        long before = total();
        Map<String, Object> program = program("73.71");
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(Tokens.operator("73")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(program).when().post(PROGRAMS)
                .then().statusCode(201).extract().path("id");
        String retried = given().auth().oauth2(Tokens.operator("73")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(program).when().post(PROGRAMS)
                .then().statusCode(201).extract().path("id");

        assertEquals(first, retried);
        assertEquals(before + 1, total());
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsA422() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(program("73.71")).when().post(PROGRAMS).then().statusCode(201);

        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(program("73.71")).when().post(PROGRAMS)
                .then().statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }
}
