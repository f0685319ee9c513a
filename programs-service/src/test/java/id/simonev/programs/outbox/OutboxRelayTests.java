package id.simonev.programs.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simonev.testing.BrokerOfItsOwn;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Nothing is lost: a write accepted while Kafka is away reaches the topic once Kafka is back. */
@QuarkusTest
@WithTestResource(BrokerOfItsOwn.class)
class OutboxRelayTests {

    @Inject
    EntityManager entityManager;

    private boolean published(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery(
                        "select published_at is not null from outbox_event where aggregate_id = ?1", Boolean.class)
                .setParameter(1, aggregateId).getSingleResult());
    }

    @Test
    void aWriteWhileTheBrokerIsAwayIsAcceptedAndDeliveredOnceItIsBack() {
        BrokerOfItsOwn.takeAway();
        String id;
        try {
            id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("code", "OUTBOX-" + UUID.randomUUID().toString().substring(0, 8),
                            "name", "Dinas Kominfo Kota Kupang", "regionCode", "53.71"))
                    .when().post("/api/v1/agencies")
                    .then().statusCode(201).extract().path("code");
            assertNotNull(id);
            assertTrue(!published(id), "an event cannot be published while the broker is away");
        } finally {
            BrokerOfItsOwn.bringBack();
        }

        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, id, 1, Duration.ofSeconds(90)).get(0);

        assertEquals("AgencyRegistered", event.value().path("type").asText());
        await().atMost(Duration.ofSeconds(30)).until(() -> published(id));
    }
}
