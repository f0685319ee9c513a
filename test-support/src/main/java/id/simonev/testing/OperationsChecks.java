package id.simonev.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;

/** What operators and API users rely on in every service: health, metrics, the OpenAPI document. */
public final class OperationsChecks {

    private OperationsChecks() {
    }

    /** Readiness is up and covers the database and Kafka; liveness and metrics need no token. */
    public static void healthAndMetricsAreOpen() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    /** The OpenAPI document describes the operation with each of the given answers, problems included. */
    public static void documents(String path, String method, String... statuses) {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String operation = "paths.'" + path + "'." + method;
        if (document.getMap(operation) == null) {
            throw new AssertionError("The OpenAPI document has no " + method.toUpperCase() + " " + path);
        }
        for (String status : statuses) {
            if (document.getString(operation + ".responses.'" + status + "'.description") == null) {
                throw new AssertionError(method.toUpperCase() + " " + path + " does not document answer " + status);
            }
        }
        if (document.getMap("components.schemas.Problem.properties.violations") == null
                || document.getMap("components.securitySchemes") == null) {
            throw new AssertionError("The OpenAPI document lacks the Problem schema or the security scheme");
        }
    }
}
