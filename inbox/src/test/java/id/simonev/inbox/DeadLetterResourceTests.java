package id.simonev.inbox;

import static id.simonev.inbox.Records.counted;
import static id.simonev.inbox.Records.id;
import static id.simonev.inbox.Records.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** An administrator lists the dead letters and replays one once its cause is removed. */
@QuarkusTest
class DeadLetterResourceTests {

    private static final String DEAD_LETTERS = "/api/v1/dead-letters";

    @Inject
    Inbox inbox;

    @Inject
    TallyConsumer consumer;

    @Inject
    EntityManager entityManager;

    private void createTally(String name) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("insert into tally (name, total) values (?1, 0)").setParameter(1, name)
                .executeUpdate());
    }

    private int total(String tally) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select total from tally where name = ?1").setParameter(1, tally)
                .getSingleResult()).intValue());
    }

    private UUID deadLetterOf(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>find("eventId", eventId)
                .firstResult().id);
    }

    private static ValidatableResponse replay(String token, Object id) {
        return given().auth().oauth2(token).when().post(DEAD_LETTERS + "/" + id + "/replay").then();
    }

    @Test
    void anEventPutAsideIsAppliedOnceByAReplayAfterItsCauseIsRemoved() {
        String tally = "tally-" + UUID.randomUUID();
        ObjectNode event = counted(tally, 5);
        inbox.apply(List.of(record(event)), consumer);
        UUID letter = deadLetterOf(id(event));

        given().auth().oauth2(Tokens.admin()).queryParam("status", "PENDING").queryParam("size", 200)
                .when().get(DEAD_LETTERS).then()
                .statusCode(200)
                .body("items.id", hasItem(letter.toString()))
                .body("page", equalTo(0))
                .body("size", equalTo(200));

        // Still failing: it stays a dead letter, with the reason.
        replay(Tokens.admin(), letter)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:conflict"))
                .body("detail", containsString("there is no tally named " + tally));

        createTally(tally);
        replay(Tokens.admin(), letter)
                .statusCode(200)
                .body("status", equalTo("REPLAYED"))
                .body("eventId", equalTo(id(event).toString()))
                .body("consumer", equalTo("tally"));
        replay(Tokens.admin(), letter).statusCode(200).body("status", equalTo("REPLAYED"));

        assertEquals(5, total(tally));
        given().auth().oauth2(Tokens.admin()).queryParam("status", "PENDING").queryParam("size", 200)
                .when().get(DEAD_LETTERS).then().body("items.id", not(hasItem(letter.toString())));
        given().auth().oauth2(Tokens.admin()).when().get(DEAD_LETTERS + "/" + letter).then()
                .statusCode(200).body("status", equalTo("REPLAYED"));
    }

    @Test
    void aRecordThatIsNotAnEventCannotBeReplayedAndSaysWhy() {
        ConsumerRecord<String, String> notJson = record("{not json");
        inbox.apply(List.of(notJson), consumer);
        UUID letter = QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>find("kafkaOffset",
                notJson.offset()).firstResult().id);

        replay(Tokens.admin(), letter)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:simonev:problem:unprocessable"))
                .body("detail", containsString("not an event envelope"));
        given().auth().oauth2(Tokens.admin()).when().get(DEAD_LETTERS + "/" + letter).then()
                .body("status", equalTo("PENDING"))
                .body("eventId", nullValue())
                .body("topic", equalTo(Records.TOPIC))
                .body("offset", equalTo(notJson.offset()));
    }

    @Test
    void deadLettersAreForAdministratorsOnly() {
        given().when().get(DEAD_LETTERS).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.analyst("73")).when().get(DEAD_LETTERS).then()
                .statusCode(403).body("type", equalTo("urn:simonev:problem:forbidden"));
        replay(Tokens.operator("73"), UUID.randomUUID()).statusCode(403);
    }

    @Test
    void anUnknownDeadLetterOrABadQueryIsAProblem() {
        replay(Tokens.admin(), UUID.randomUUID()).statusCode(404).body("type", equalTo("urn:simonev:problem:not-found"));
        given().auth().oauth2(Tokens.admin()).queryParam("sort", "record").when().get(DEAD_LETTERS).then()
                .statusCode(400).body("violations[0].field", equalTo("sort"));
        given().auth().oauth2(Tokens.admin()).queryParam("size", 0).when().get(DEAD_LETTERS).then()
                .statusCode(400).contentType("application/problem+json");
    }
}
