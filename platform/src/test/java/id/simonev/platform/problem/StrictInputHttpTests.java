package id.simonev.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * What a client sees when the framework refuses its request before any service code runs: a
 * problem, as for every other refusal, naming the field where there is one. The resource is the
 * tests' own ({@link StrictInputResource}), answered as every service answers.
 */
@QuarkusTest
class StrictInputHttpTests {

    private static final String PLANS = "/test/plans";
    private static final int LIMIT = 10 * 1024 * 1024;

    private static ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).body(json.replace('\'', '"')).when().post(PLANS).then();
    }

    private static void assertInvalid(String json, String field, String message) {
        post(json).statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:invalid-request"))
                .body("instance", equalTo(PLANS))
                .body("detail", equalTo(field + " " + message))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo(message));
    }

    @Test
    void aWellFormedRequestIsRead() {
        post("{'title': 'Pelatihan', 'format': 'TRAINING', 'startDate': '2026-03-02', 'capacity': 30, "
                + "'plannedBudget': 45000000, 'sessions': [{'date': '2026-03-02', 'jp': 8}]}")
                .statusCode(200)
                .body("sessions[0].jp", equalTo(8));
    }

    @Test
    void anUnknownFieldIsA400NamingIt() {
        assertInvalid("{'titel': 'Pelatihan'}", "titel", "is not a field of this request; its fields are capacity, "
                + "format, plannedBudget, sessions, startDate, title");
        assertInvalid("{'sessions': [{'jp': 8, 'unit': 'JP'}]}", "sessions[0].unit",
                "is not a field of this request; its fields are date, jp");
    }

    @Test
    void aValueOfAnotherJsonTypeIsA400NamingTheField() {
        assertInvalid("{'plannedBudget': 1.5}", "plannedBudget", "must be a whole number");
        assertInvalid("{'sessions': [{'jp': 1.9}]}", "sessions[0].jp", "must be a whole number");
        assertInvalid("{'plannedBudget': '5'}", "plannedBudget", "must be a whole number");
        assertInvalid("{'format': 0}", "format", "must be one of TRAINING, WORKSHOP");
        assertInvalid("{'startDate': 0}", "startDate", "must be a date (yyyy-mm-dd)");
        assertInvalid("{'sessions': [{'date': -1}]}", "sessions[0].date", "must be a date (yyyy-mm-dd)");
    }

    @Test
    void aKeyGivenTwiceIsA400NamingIt() {
        assertInvalid("{'title': 'A', 'title': 'B'}", "title", "is given more than once");
        assertInvalid("{'sessions': [{'jp': 8, 'jp': 4}]}", "sessions[0].jp", "is given more than once");
    }

    @Test
    void aNumberTooLargeForItsFieldIsA400NamingTheFieldAndTheRange() {
        assertInvalid("{'capacity': 2147483648}", "capacity", "must be a whole number from -2147483648 to 2147483647");
        assertInvalid("{'sessions': [{'jp': 2147483648}]}", "sessions[0].jp",
                "must be a whole number from -2147483648 to 2147483647");
        assertInvalid("{'plannedBudget': 9223372036854775808}", "plannedBudget",
                "must be a whole number from -9223372036854775808 to 9223372036854775807");
    }

    @Test
    void halfASurrogatePairIsA400() {
        assertInvalid("{'title': 'Pelatihan \\ud800'}", "title",
                "must be Unicode text, without half of a UTF-16 surrogate pair");
    }

    @Test
    void malformedJsonIsA400SayingWhere() {
        post("{'title': 'A',").statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:invalid-request"))
                .body("detail", startsWith("The request body is not valid JSON: "))
                .body("detail", containsString("(line 1, column"))
                .body("violations", nullValue());
    }

    @Test
    void aMethodTheResourceDoesNotHaveIsA405Problem() {
        given().when().delete(PLANS).then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:method-not-allowed"))
                .body("status", equalTo(405))
                .body("detail", equalTo("DELETE is not allowed here"));
    }

    @Test
    void anAnswerInAMediaTypeTheResourceCannotGiveIsA406Problem() {
        given().accept("text/csv").when().get(PLANS).then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:not-acceptable"))
                .body("detail", equalTo("No answer here has a media type that Accept allows (text/csv)"));
    }

    @Test
    void aBodyInAMediaTypeTheResourceDoesNotTakeIsA415Problem() {
        given().contentType("text/plain").body("title=Pelatihan").when().post(PLANS).then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:unsupported-media-type"))
                .body("detail", equalTo("Content-Type text/plain; charset=ISO-8859-1 is not accepted here"));
    }

    @Test
    void aBodyLargerThanTheLimitIsA413ProblemNamingTheLimit() {
        String json = "{\"title\": \"" + "a".repeat(LIMIT) + "\"}";
        given().contentType(ContentType.JSON).body(json).when().post(PLANS).then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:content-too-large"))
                .body("instance", equalTo(PLANS))
                .body("detail", equalTo("The request body of " + json.length()
                        + " bytes is larger than the limit of 10485760 bytes (10 MiB)"));

        String csv = "nip;nama\n" + "196711101992031001;Andi Baso\n".repeat(11 * 1024 * 1024 / 28);
        given().contentType("text/csv").body(csv).when().post(PLANS + "/import").then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:content-too-large"))
                .body("detail", containsString("limit of 10485760 bytes (10 MiB)"));
    }

    @Test
    void aCsvFileOfTwentyThousandEmployeesIsWithinTheLimit() {
        String csv = "nip;nama;jenis_kelamin;kode_instansi;jabatan;status_kepegawaian\n"
                + "196711101992031001;Andi Baso Rahman Wijaya;L;DINKES-MKS;Kepala Puskesmas Batua Makassar;PNS\n"
                .repeat(20_000);
        given().contentType("text/csv").body(csv).when().post(PLANS + "/import").then().statusCode(200)
                .body(equalTo(String.valueOf(csv.length())));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().when().get("/test/nothing-here").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:simonev:problem:not-found"));
    }
}
