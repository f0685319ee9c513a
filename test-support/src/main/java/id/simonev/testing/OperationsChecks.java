package id.simonev.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

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
        var operation = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths.'" + path + "'." + method);
        if (operation == null) {
            throw new AssertionError("The OpenAPI document has no " + method.toUpperCase() + " " + path);
        }
        for (String status : statuses) {
            given().queryParam("format", "json").when().get("/q/openapi").then()
                    .body("paths.'" + path + "'." + method + ".responses.'" + status + "'.description", notNullValue());
        }
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .body("components.schemas.Problem.properties.violations", notNullValue())
                .body("components.securitySchemes", notNullValue());
    }
}
