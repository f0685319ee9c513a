package id.simonev.reporting.evaluation;

import static id.simonev.reporting.ReadModels.assertDecimal;
import static id.simonev.reporting.ReadModels.evaluation;
import static id.simonev.reporting.ReadModels.publishAndWait;
import static id.simonev.reporting.evaluation.EvaluationEvents.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Level 1 (reaction) of a program's evaluation from surveys-service's events put on the real surveys
 * topic, each checked against its contract, read through {@code GET /api/v1/programs/{programId}/evaluation},
 * against figures computed by hand.
 */
@QuarkusTest
class ProgramReactionTests {

    private static final String TRAINER_A = "0b7c2d5e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
    private static final String TRAINER_B = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    /** D1 of the four participants, DOMAIN.md's example; D2-D8 are 4 from everyone. */
    private static final int[] D1 = {5, 4, 4, 2};
    /** Trainer A's T1-T13 from the four participants. */
    private static final int[] TRAINER_A_ANSWERS = {5, 5, 4, 3};

    @Inject
    EntityManager entityManager;

    /**
     * Four participants answer: the delivery (D1 5, 4, 4, 2), trainer A (T1-T13 5, 5, 4, 3; T14 from
     * the first only) and, the first two, trainer B. Links: 4 issued, then 2 more replacing 1: 5 current.
     */
    private static List<ObjectNode> reaction(String programId) {
        EvaluationEvents program = new EvaluationEvents(programId);
        List<ObjectNode> events = new ArrayList<>();
        events.add(program.linksIssued(10, 4, 0));
        events.add(program.linksIssued(11, 2, 1));
        for (int participant = 0; participant < 4; participant++) {
            List<Map<String, Object>> sections = new ArrayList<>();
            Map<String, Integer> delivery = new LinkedHashMap<>();
            delivery.put("D1", D1[participant]);
            for (int item = 2; item <= 8; item++) {
                delivery.put("D" + item, 4);
            }
            sections.add(EvaluationEvents.section("PENYELENGGARAAN", null, null, delivery));
            Map<String, Integer> trainerA = new LinkedHashMap<>();
            for (int item = 1; item <= 13; item++) {
                trainerA.put("T" + item, TRAINER_A_ANSWERS[participant]);
            }
            if (participant == 0) {
                trainerA.put("T14", 5);
            }
            sections.add(EvaluationEvents.section("PENGAJAR", TRAINER_A, "Dr. Andi Rahman", trainerA));
            if (participant < 2) {
                Map<String, Integer> trainerB = new LinkedHashMap<>();
                for (int item = 1; item <= 13; item++) {
                    trainerB.put("T" + item, 5);
                }
                sections.add(EvaluationEvents.section("PENGAJAR", TRAINER_B, "Sitti Aminah", trainerB));
            }
            events.add(program.reactionSubmitted(20 + participant, sections));
        }
        return events;
    }

    @Test
    void fourParticipantsRateTheDeliveryAndTwoTrainers() {
        String programId = UUID.randomUUID().toString();
        List<ObjectNode> events = new ArrayList<>();
        events.add(new EvaluationEvents(programId).planned("ProgramScheduled", 0, "Pelatihan", "COMPLETED"));
        events.addAll(reaction(programId));
        publishAndWait(entityManager, events);

        assertTheScriptedReaction(evaluation("73", programId, "").path("reaction"));
    }

    @Test
    void answersBeforeTheProgramsPlanGiveTheSameReaction() {
        String programId = UUID.randomUUID().toString();
        List<ObjectNode> events = new ArrayList<>(reaction(programId));
        publishAndWait(entityManager, events);
        publishAndWait(entityManager, List.of(new EvaluationEvents(programId).planned("ProgramScheduled", 0,
                "Pelatihan", "COMPLETED")));

        assertTheScriptedReaction(evaluation("73", programId, "").path("reaction"));
    }

    @Test
    void anEventDeliveredTwiceCountsOnce() {
        String programId = UUID.randomUUID().toString();
        List<ObjectNode> events = new ArrayList<>();
        events.add(new EvaluationEvents(programId).planned("ProgramScheduled", 0, "Pelatihan", "COMPLETED"));
        List<ObjectNode> once = reaction(programId);
        events.addAll(once);
        events.addAll(once);
        publishAndWait(entityManager, events);

        assertTheScriptedReaction(evaluation("73", programId, "").path("reaction"));
    }

    private static void assertTheScriptedReaction(JsonNode reaction) {
        assertEquals("rating:mean-top2-band-0.8-v1", reaction.path("rule").asText());
        assertEquals(time(23), Instant.parse(reaction.path("asOf").asText()));
        assertEquals(5, reaction.path("linksIssued").asLong());
        assertEquals(4, reaction.path("answered").asLong());
        assertDecimal("80.00", reaction, "/responseRatePercent/value");
        assertEquals(3, reaction.path("anonymityThreshold").asInt());

        // The delivery: D1 5, 4, 4, 2 -> 3.75 Baik, 75.00%; D2-D8 4.00, 100.00%; overall 31.75 / 8 = 3.97 Baik.
        JsonNode delivery = reaction.path("delivery");
        assertEquals(4, delivery.path("respondents").asLong());
        assertTrue(delivery.path("shown").asBoolean());
        assertEquals(8, delivery.path("items").size());
        assertEquals("D1", delivery.at("/items/0/code").asText());
        assertEquals(4, delivery.at("/items/0/n").asLong());
        assertDecimal("3.75", delivery, "/items/0/mean");
        assertDecimal("75.00", delivery, "/items/0/topTwoBox");
        assertEquals("Baik", delivery.at("/items/0/band").asText());
        assertDecimal("4.00", delivery, "/items/1/mean");
        assertDecimal("100.00", delivery, "/items/1/topTwoBox");
        assertDecimal("3.97", delivery, "/overall");
        assertEquals("Baik", delivery.path("band").asText());

        // Trainer A (by name first): T1-T13 5, 5, 4, 3 -> 4.25 Sangat Baik, 75.00%; T14 from one: count only,
        // out of the overall (4.25).
        JsonNode first = reaction.at("/trainers/0");
        assertEquals(TRAINER_A, first.path("trainerId").asText());
        assertEquals("Dr. Andi Rahman", first.path("name").asText());
        assertEquals(4, first.at("/rating/respondents").asLong());
        assertEquals(14, first.at("/rating/items").size());
        assertDecimal("4.25", first, "/rating/items/0/mean");
        assertDecimal("75.00", first, "/rating/items/0/topTwoBox");
        assertEquals("Sangat Baik", first.at("/rating/items/0/band").asText());
        assertEquals("T14", first.at("/rating/items/13/code").asText());
        assertEquals(1, first.at("/rating/items/13/n").asLong());
        assertTrue(first.at("/rating/items/13/mean").isNull());
        assertDecimal("4.25", first, "/rating/overall");
        assertEquals("Sangat Baik", first.at("/rating/band").asText());

        // Trainer B, rated by two: the counts only.
        JsonNode second = reaction.at("/trainers/1");
        assertEquals(TRAINER_B, second.path("trainerId").asText());
        assertEquals(2, second.at("/rating/respondents").asLong());
        assertFalse(second.at("/rating/shown").asBoolean());
        assertEquals(2, second.at("/rating/items/0/n").asLong());
        assertTrue(second.at("/rating/items/0/mean").isNull());
        assertTrue(second.at("/rating/items/0/topTwoBox").isNull());
        assertTrue(second.at("/rating/overall").isNull());
        assertTrue(second.at("/rating/band").isNull());
        assertEquals(2, reaction.path("trainers").size());
    }

}
