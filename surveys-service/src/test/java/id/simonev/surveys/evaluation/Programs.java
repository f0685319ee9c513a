package id.simonev.surveys.evaluation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.simonev.platform.region.OfficeDate;
import id.simonev.testing.Http;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A program as programs-service announces it, put on its topic for surveys-service's copy: its plan
 * with sessions and trainers, participants, attendance, completion. Each test builds its own.
 */
public final class Programs {

    public static final String REGION = "73.71";
    public static final String AGENCY = "DINKES-MKS";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Programs() {
    }

    /** A trainer as a session names them. */
    public static Map<String, Object> trainer(String name, String nip, String institution) {
        Map<String, Object> trainer = new HashMap<>();
        trainer.put("name", name);
        trainer.put("nip", nip);
        trainer.put("institution", institution);
        return trainer;
    }

    /** A NIP of its own for each call: a PNS born in 1985, appointed in 2010. */
    public static String nip() {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 400) * 1000;
        return String.format("1985%02d%02d2010%02d1%03d", n % 12 + 1, n % 28 + 1, n / 12 % 12 + 1, n % 1000);
    }

    /** A program of Makassar that ended {@code daysAgo} days ago, with the given sessions' trainers. */
    public static Program scheduled(int daysAgo, int lagMonths, List<List<Map<String, Object>>> sessionTrainers) {
        UUID id = UUID.randomUUID();
        LocalDate end = OfficeDate.today().minusDays(daysAgo);
        LocalDate start = end.minusDays(sessionTrainers.size() - 1);
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int i = 0; i < sessionTrainers.size(); i++) {
            sessions.add(Map.of("number", i + 1, "date", start.plusDays(i).toString(), "jp", 8,
                    "trainers", sessionTrainers.get(i)));
        }
        Map<String, Object> plan = new HashMap<>();
        plan.put("programId", id.toString());
        plan.put("code", "EVAL-" + id.toString().substring(0, 8).toUpperCase());
        plan.put("title", "Pelatihan Pelayanan Prima " + id.toString().substring(0, 4));
        plan.put("description", null);
        plan.put("regionCode", REGION);
        plan.put("format", "WORKSHOP");
        plan.put("classical", true);
        plan.put("competencyType", "TEKNIS");
        plan.put("organisingAgencyCode", AGENCY);
        plan.put("targetAgencyCodes", List.of(AGENCY));
        plan.put("startDate", start.toString());
        plan.put("endDate", end.toString());
        plan.put("sessions", sessions);
        plan.put("jp", 8 * sessions.size());
        plan.put("capacity", 30);
        plan.put("passingScore", 70);
        plan.put("plannedBudget", 10_000_000);
        plan.put("expectedOutcomes", List.of());
        plan.put("status", "SCHEDULED");
        plan.put("evaluationLinkValidDays", 14);
        plan.put("postTrainingLagMonths", lagMonths);
        Program program = new Program(id, (String) plan.get("code"), (String) plan.get("title"));
        program.publish("ProgramScheduled", plan);
        return program;
    }

    /** A program on the programs topic, and what happens in it. */
    public record Program(UUID id, String code, String title) {

        public String links() {
            return "/api/v1/programs/" + id + "/evaluation-links";
        }

        public String raterPath(String participantNip) {
            return "/api/v1/programs/" + id + "/participants/" + participantNip + "/post-training-raters";
        }

        public String results() {
            return "/api/v1/programs/" + id + "/evaluation-results";
        }

        public String publicForm(String token) {
            return "/api/v1/public/programs/" + id + "/evaluations/" + token;
        }

        /** Enrols a participant, marks them present at {@code sessions} and ends it for them as {@code completed}. */
        public Program took(String nip, boolean completed, int... sessions) {
            return took(nip, "Peserta " + nip, completed, sessions);
        }

        /** As {@link #took(String, boolean, int...)}, for a participant of the given name. */
        public Program took(String nip, String name, boolean completed, int... sessions) {
            publish("ParticipantEnrolled", Map.of("programId", id.toString(), "nip", nip, "name", name,
                    "agencyCode", AGENCY, "regionCode", REGION, "enrolledAt", Instant.now().toString()));
            for (int session : sessions) {
                publish("AttendanceRecorded", Map.of("programId", id.toString(), "nip", nip, "session", session,
                        "present", true, "attendedJp", 8, "programJp", 16));
            }
            Map<String, Object> completion = new HashMap<>();
            completion.put("programId", id.toString());
            completion.put("nip", nip);
            completion.put("agencyCode", AGENCY);
            completion.put("regionCode", REGION);
            completion.put("completed", completed);
            completion.put("shortfalls", completed ? List.of() : List.of("ATTENDANCE_BELOW_80_PERCENT"));
            completion.put("attendedJp", 8 * sessions.length);
            completion.put("programJp", 16);
            completion.put("preTest", null);
            completion.put("postTest", null);
            completion.put("passingScore", 70);
            completion.put("jpCredited", 0);
            completion.put("year", OfficeDate.today().getYear());
            publish("ParticipantCompleted", completion);
            return this;
        }

        /** Completes the program now and waits until surveys-service has issued what completion issues. */
        public Program complete() {
            Map<String, Object> change = new HashMap<>();
            change.put("programId", id.toString());
            change.put("code", code);
            change.put("regionCode", REGION);
            change.put("from", "RUNNING");
            change.put("to", "COMPLETED");
            change.put("reason", null);
            change.put("changedAt", Instant.now().toString());
            publish("ProgramStatusChanged", change);
            await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(query(
                    "select status from program where id = ?1", id)));
            return this;
        }

        void publish(String type, Map<String, ?> data) {
            Topics.publish(Topics.PROGRAMS, id.toString(),
                    TestEvents.envelope(type, "programs-service", id.toString(), REGION, data).toString());
        }

        /** The token of the current link of a role about a participant (the first, for several peers). */
        public String token(Questionnaire questionnaire, RaterRole role, String participantNip) {
            return (String) query("""
                    select token from evaluation_link where program_id = ?1 and questionnaire = ?2 and role = ?3
                    and participant_nip = ?4 and not revoked order by issued_at, token limit 1""",
                    id, questionnaire.name(), role.name(), participantNip);
        }

        /** Answers through a link, as a front end does: without signing in. */
        public ValidatableResponse answer(String token, Map<String, ?> answers) {
            return given().contentType(ContentType.JSON).body(answers).when().post(publicForm(token)).then();
        }

        public long storedAnswers() {
            return ((Number) query("select count(*) from evaluation_answer where program_id = ?1", id)).longValue();
        }

        public ValidatableResponse links(String query) {
            return Http.get(links() + query, Tokens.admin());
        }
    }

    /** Answers to every item of the delivery, a trainer and the 360: D1-D8, T1-T13 (T14 left out), B1-I6. */
    public static Map<String, Integer> items(String prefix, int count, int answer) {
        Map<String, Integer> items = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            items.put(prefix + i, answer);
        }
        return items;
    }

    /** The 360's eleven items, all {@code answer}. */
    public static Map<String, Integer> postTraining(int answer) {
        Map<String, Integer> items = items("B", 5, answer);
        items.putAll(items("I", 6, answer));
        return items;
    }

    public static Object query(String sql, Object... parameters) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultStream().findFirst().orElse(null);
        });
    }

    public static void update(String sql, Object... parameters) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
