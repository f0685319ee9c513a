package id.simonev.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the read models' tests share: events put on their producers' real topics and awaited until applied,
 * and the answers read with their decimals as written.
 */
public final class ReadModels {

    private static final Map<String, String> TOPICS = Map.of("programs-service", Topics.PROGRAMS,
            "surveys-service", Topics.SURVEYS, "performance-service", Topics.PERFORMANCE);
    /** Decimals read as BigDecimal as they are written, so that 80.00 is checked with its two decimals. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private ReadModels() {
    }

    /** Puts the event on its producer's topic (by its {@code source}), keyed by its aggregate. */
    public static void publish(ObjectNode event) {
        Topics.publish(TOPICS.get(event.path("source").asText()), event.path("aggregateId").asText(),
                event.toString());
    }

    /** Puts the events on their producers' topics in this order and waits until every one of them is applied. */
    public static void publishAndWait(EntityManager entityManager, List<ObjectNode> events) {
        events.forEach(ReadModels::publish);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream()
                .allMatch(event -> applied(entityManager, event)));
    }

    /** Whether the inbox has recorded the event as applied. */
    public static boolean applied(EntityManager entityManager, ObjectNode event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1")
                .setParameter(1, UUID.fromString(event.path("id").asText())).getSingleResult()).longValue() == 1);
    }

    /** {@code GET} a program's evaluation with {@code query} (empty, or {@code ?periods=1}); no token when null. */
    public static ValidatableResponse getEvaluation(String token, String programId, String query) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.when().get("/api/v1/programs/" + programId + "/evaluation" + query).then();
    }

    /** A program's evaluation as an analyst of {@code region} reads it. */
    public static JsonNode evaluation(String region, String programId, String query) {
        return json(getEvaluation(Tokens.analyst(region), programId, query).statusCode(200).extract().asString());
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    public static void assertDecimal(String expected, JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        assertTrue(value.isNumber(), pointer + " is " + value);
        assertEquals(new BigDecimal(expected), value.decimalValue(), pointer);
    }

    public static void assertLong(long expected, JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        assertTrue(value.isIntegralNumber(), pointer + " is " + value);
        assertEquals(expected, value.longValue(), pointer);
    }

    public static void assertText(String expected, JsonNode node, String pointer) {
        assertEquals(expected, node.at(pointer).asText(), pointer);
    }
}
