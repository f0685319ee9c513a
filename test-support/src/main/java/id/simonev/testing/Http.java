package id.simonev.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;

/** Requests to a service's API with a bearer token, as every REST test sends them. */
public final class Http {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Http() {
    }

    /** A request signed in with {@code token}. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static ValidatableResponse get(String path, String token) {
        return as(token).when().get(path).then();
    }

    /** POSTs {@code body} as JSON. */
    public static ValidatableResponse post(String path, String token, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    /** POSTs nothing, as an action such as a deactivation is sent. */
    public static ValidatableResponse post(String path, String token) {
        return as(token).when().post(path).then();
    }

    /** POSTs {@code body} as JSON with an {@code Idempotency-Key}. */
    public static ValidatableResponse postOnce(String path, String token, String idempotencyKey, Object body) {
        return as(token).header(IDEMPOTENCY_KEY, idempotencyKey).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    /** PUTs {@code body} as JSON. */
    public static ValidatableResponse put(String path, String token, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    /** Uploads a CSV file to an import endpoint; with {@code dryRun} only to check it. */
    public static ValidatableResponse upload(String path, String token, byte[] file, boolean dryRun) {
        return as(token).contentType("text/csv").body(file).queryParam("dryRun", dryRun).when().post(path).then();
    }

    public static ValidatableResponse upload(String path, String token, String file) {
        return upload(path, token, file.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * What an admin reads at {@code path}, status and body: the state a refused write must leave
     * as it was ({@link Refusal}).
     */
    public static String read(String path) {
        ExtractableResponse<Response> answer = get(path, Tokens.admin()).extract();
        return answer.statusCode() + " " + answer.asString();
    }
}
