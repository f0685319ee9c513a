package id.simonev.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What operators and API users rely on in every service: health, metrics, the OpenAPI document,
 * and Kafka consumers that see only committed events.
 */
public final class OperationsChecks {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern INCOMING_CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    /** The pinned linter that the test command installs from the npm registry (test.sh). */
    private static final String LINTER = ".simonev/openapi-lint/node_modules/@redocly/cli/bin/cli.js";

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
        JsonNode document = openApiDocument();
        JsonNode operation = document.path("paths").path(path).path(method);
        if (!operation.isObject()) {
            throw new AssertionError("The OpenAPI document has no " + method.toUpperCase() + " " + path);
        }
        for (String status : statuses) {
            if (!operation.path("responses").path(status).path("description").isTextual()) {
                throw new AssertionError(method.toUpperCase() + " " + path + " does not document answer " + status);
            }
        }
        if (!document.path("components").path("schemas").path("Problem").path("properties").has("violations")
                || document.path("components").path("securitySchemes").isEmpty()) {
            throw new AssertionError("The OpenAPI document lacks the Problem schema or the security scheme");
        }
    }

    /**
     * Every operation of the document, not only those a test names, has an operationId unique in the
     * document, a security requirement on a defined scheme unless it is public ({@code security: [{}]}),
     * and its problems: 400, 401 and 403 (those two unless public), 429 with {@code Retry-After} if it
     * is public (public operations are rate-limited: {@code @RateLimited}), and every 4xx or 5xx
     * answer, with an {@code application/problem+json} body of the Problem schema. No answer has an
     * empty content.
     */
    public static void everyOperationIsIdentifiedSecuredAndAnswersWithProblems() {
        JsonNode document = openApiDocument();
        List<String> faults = new ArrayList<>();
        if (document.path("servers").isEmpty()) {
            faults.add("the document names no server");
        }
        if (!document.path("components").path("schemas").has("Problem")) {
            faults.add("the document has no Problem schema");
        }
        JsonNode schemes = document.path("components").path("securitySchemes");
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!HTTP_METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                String operationId = operation.path("operationId").asText();
                if (operationId.isBlank()) {
                    faults.add(name + " has no operationId");
                } else if (!operationIds.add(operationId)) {
                    faults.add(name + " has the operationId " + operationId + " of another operation");
                }
                JsonNode security = operation.path("security");
                boolean open = isPublic(security);
                if (!security.isArray()) {
                    faults.add(name + " has no security requirement (a public one says security: [{}])");
                }
                for (JsonNode requirement : security) {
                    requirement.fieldNames().forEachRemaining(scheme -> {
                        if (!schemes.has(scheme)) {
                            faults.add(name + " requires the undefined security scheme " + scheme);
                        }
                    });
                }
                JsonNode responses = operation.path("responses");
                for (String status : open ? List.of("400") : List.of("400", "401", "403")) {
                    if (!responses.has(status)) {
                        faults.add(name + " does not document answer " + status);
                    }
                }
                if (open && !responses.path("429").path("headers").has("Retry-After")) {
                    faults.add(name + " is public but not rate-limited: it does not document answer 429 with "
                            + "Retry-After (@RateLimited)");
                }
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    String status = response.getKey();
                    JsonNode content = response.getValue().path("content");
                    if (content.isObject() && content.isEmpty()) {
                        faults.add(name + " answers " + status + " with a content of no media type");
                    }
                    if ((status.startsWith("4") || status.startsWith("5"))
                            && !PROBLEM_REF.equals(content.path("application/problem+json").path("schema")
                                    .path("$ref").asText())) {
                        faults.add(name + " answers " + status + " without a problem body (application/problem+json, "
                                + PROBLEM_REF + ")");
                    }
                }
            }
        }
        if (operations == 0) {
            faults.add("the document has no operation");
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("The OpenAPI document falls short:\n  " + String.join("\n  ", faults));
        }
    }

    /**
     * A standard linter, Redocly CLI with its {@code recommended} rules, finds no error in the
     * document: that is what a client generator or an API catalogue will read. Warnings are
     * printed. The linter is installed by the test command; without it this check fails, it does
     * not skip.
     */
    public static void passesTheOpenApiLinter() {
        Path linter = Path.of(System.getProperty("simonev.root", "."), LINTER).toAbsolutePath().normalize();
        if (!Files.isRegularFile(linter)) {
            throw new AssertionError("The OpenAPI linter is not installed at " + linter + ": run the test command "
                    + "(./test.sh), which installs it from the npm registry into .simonev/");
        }
        try {
            Path document = Files.createDirectories(Path.of("target", "openapi-lint")).resolve("openapi.yaml");
            Files.writeString(document, given().when().get("/q/openapi").then().statusCode(200).extract().asString());
            ProcessBuilder lint = new ProcessBuilder("node", linter.toString(), "lint", "--extends=recommended",
                    "--format=stylish", document.toAbsolutePath().toString())
                    .directory(document.getParent().toFile()).redirectErrorStream(true);
            lint.environment().put("REDOCLY_TELEMETRY", "off");
            lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
            Process process = lint.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The OpenAPI linter did not finish within 60 s:\n" + output);
            }
            String findings = output.lines().filter(line -> line.matches("\\s*\\d+:\\d+\\s+(error|warning)\\s.*"))
                    .collect(Collectors.joining("\n"));
            if (process.exitValue() != 0) {
                throw new AssertionError("The OpenAPI linter finds errors in " + document + ":\n" + output);
            }
            if (!findings.isEmpty()) {
                System.out.println("OpenAPI linter warnings:\n" + findings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI linter could not run (node is needed)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while the OpenAPI linter ran", e);
        }
    }

    /**
     * Every Kafka channel the service reads from reads committed records only: the outbox relays
     * publish in Kafka transactions, and a consumer that read uncommitted would apply the events of
     * an aborted round, out of their aggregate's order.
     */
    public static void everyKafkaChannelReadsCommittedRecordsOnly() {
        Config config = ConfigProvider.getConfig();
        List<String> faults = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            Matcher connector = INCOMING_CONNECTOR.matcher(name);
            if (connector.matches() && "smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                String channel = connector.group(1);
                String isolation = config.getOptionalValue("mp.messaging.incoming." + channel + ".isolation.level",
                                String.class)
                        .or(() -> config.getOptionalValue("kafka.isolation.level", String.class))
                        .orElse("read_uncommitted (Kafka's default)");
                if (!isolation.equals("read_committed")) {
                    faults.add("channel " + channel + " reads " + isolation);
                }
            }
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("Every Kafka channel must set isolation.level=read_committed: " + faults);
        }
    }

    /** Public: the operation lists its security and no requirement in it names a scheme. */
    private static boolean isPublic(JsonNode security) {
        if (!security.isArray()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (!requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode openApiDocument() {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document is not JSON", e);
        }
    }
}
