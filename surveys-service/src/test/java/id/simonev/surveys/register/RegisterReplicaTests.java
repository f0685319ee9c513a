package id.simonev.surveys.register;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.inbox.RegisterReplica;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The copy of the register follows programs-service's region events; one it cannot read is a dead letter here. */
@QuarkusTest
class RegisterReplicaTests {

    @Inject
    RegisterReplica register;

    @Test
    void aRenamedRegionIsRenamedInTheCopy() {
        Topics.publish(Topics.PROGRAMS, "73.98",
                TestEvents.regionEvent("RegionRegistered", "73.98", "Kota Lama").toString());
        Topics.publish(Topics.PROGRAMS, "73.98",
                TestEvents.regionEvent("RegionUpdated", "73.98", "Kota Baru").toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(Optional.of("Kota Baru"),
                QuarkusTransaction.requiringNew().call(() -> register.regionName("73.98"))));
    }

    @Test
    void aRegionEventWithoutANameIsADeadLetterAnAdministratorSees() {
        ObjectNode nameless = TestEvents.regionEvent("RegionUpdated", "73.97", "Kota Tanpa Nama");
        ((ObjectNode) nameless.path("data")).remove("name");
        Topics.publish(Topics.PROGRAMS, "73.97", nameless.toString());
        String eventId = nameless.path("id").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.admin())
                .queryParam("status", "PENDING").queryParam("size", 200)
                .when().get("/api/v1/dead-letters").then()
                .statusCode(200)
                .body("items.find { it.eventId == '" + eventId + "' }.consumer", equalTo("programs"))
                .body("items.find { it.eventId == '" + eventId + "' }.error",
                        containsString("data.name must not be blank")));
        given().auth().oauth2(Tokens.operator("73")).when().get("/api/v1/dead-letters").then().statusCode(403);
    }
}
