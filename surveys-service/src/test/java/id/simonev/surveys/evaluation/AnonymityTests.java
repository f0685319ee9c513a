package id.simonev.surveys.evaluation;

import static id.simonev.surveys.evaluation.Programs.items;
import static id.simonev.surveys.evaluation.Programs.trainer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import id.simonev.surveys.evaluation.Programs.Program;
import id.simonev.testing.EventContract;
import id.simonev.testing.Http;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Anonymity by construction: which link went to whom and whether it was used is kept apart from
 * what was answered, and nothing the system stores, shows, downloads or announces ties the two.
 */
@QuarkusTest
class AnonymityTests {

    @BeforeAll
    static void register() {
        Register.ensureAgency(Programs.AGENCY, Programs.REGION);
    }

    @Test
    void aStoredAnswerCarriesTheProgramVersionRoleAndTrainerButNeverThePersonTheLinkOrTheTime() {
        assertEquals(List.of("answers", "id", "instrument_version_id", "program_id", "questionnaire", "role",
                "trainer_id"), columns("evaluation_answer"));
        assertEquals(List.of("id", "program_id", "questionnaire", "role", "suggestion"),
                columns("evaluation_suggestion"));
    }

    @Test
    void noEndpointDownloadOrEventTiesAnAnswerToAPerson() {
        String[] nips = {Programs.nip(), Programs.nip(), Programs.nip()};
        Program program = Programs.scheduled(1, 3, List.of(List.of(trainer("Dr. Yusuf Kalla", null, "LAN"))))
                .took(nips[0], true, 1).took(nips[1], true, 1).took(nips[2], true, 1).complete();
        List<String> people = new ArrayList<>(List.of(nips));
        for (String nip : nips) {
            String token = program.token(Questionnaire.REACTION, RaterRole.PARTICIPANT, nip);
            people.add(token);
            people.add("Peserta " + nip);
            program.answer(token, Map.of("sections", Map.of("penyelenggaraan", items("D", 8, 3),
                    "pengajar-1", items("T", 13, 4)), "suggestion", "Saran dari peserta")).statusCode(201);
        }

        List<Topics.Event> events = Topics.awaitEventsFromTheBeginning(Topics.SURVEYS, program.id().toString(), 4,
                Duration.ofSeconds(20));
        List<JsonNode> submitted = events.stream().map(Topics.Event::value)
                .filter(event -> event.path("type").asText().equals("EvaluationSubmitted")).toList();
        assertEquals(3, submitted.size());
        for (JsonNode event : submitted) {
            EventContract.assertValid(event);
            people.forEach(person -> assertFalse(event.toString().contains(person), "An event names " + person));
            assertFalse(event.toString().contains("Saran dari peserta"), "Suggestions stay out of events");
        }
        String links = Http.get(program.links(), Tokens.admin()).statusCode(200).extract().asString();
        String export = Http.get(program.links() + "/export?format=CSV", Tokens.admin()).statusCode(200)
                .extract().asString();
        String results = Http.get(program.results(), Tokens.admin()).statusCode(200).extract().asString();
        for (String page : List.of(links, export)) {
            assertFalse(page.contains("sections") || page.contains("answers") || page.contains("Saran dari"),
                    "The office's view of links shows no answer");
        }
        people.forEach(person -> assertFalse(results.contains(person), "The results name " + person));
    }

    @SuppressWarnings("unchecked")
    private static List<String> columns(String table) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = ?1 order by column_name""")
                .setParameter(1, table).getResultList());
    }
}
