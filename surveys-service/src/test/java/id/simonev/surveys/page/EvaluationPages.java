package id.simonev.surveys.page;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.platform.region.OfficeDate;
import id.simonev.testing.Register;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Topics;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Completed programs in this service's copy, for the evaluation page's tests: their events put on
 * programs-service's topic as it writes them, keyed by the program, then their links awaited.
 */
final class EvaluationPages {

    static final String REGION = "73.71";
    static final String AGENCY = "BPSDM-MKS";
    static final String PARTICIPANT_NIP = "198507122010012004";
    static final String PARTICIPANT_NAME = "Nurhayati Rahim";
    static final String SUPERVISOR_NIP = "197003151995031002";
    static final Trainer ANDI = new Trainer("Dr. Andi Rahman, M.Si.", "197211051998031003",
            "BPSDM Sulawesi Selatan");
    static final Trainer SITTI = new Trainer("Ir. Sitti Aisyah", null, "Universitas Hasanuddin");
    /** The items of the built-in questionnaires, in order: the delivery, a trainer, the post-training 360. */
    static final List<String> DELIVERY_ITEMS = codes("D", 8);
    static final List<String> TRAINER_ITEMS = codes("T", 14);
    /** The optional item of a trainer's section: working with the other trainers. */
    static final String OPTIONAL_TRAINER_ITEM = "T14";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JP_PER_SESSION = 8;

    private EvaluationPages() {
    }

    /** A trainer as a program's plan names one. */
    record Trainer(String name, String nip, String institution) {
    }

    /** A completed program this service knows. */
    record Program(UUID id, String title) {

        /** The current link of a role: the participant's reaction, or a rater's post-training link. */
        String token(String role) {
            return query("select token from evaluation_link where program_id = ?1 and role = ?2 and not revoked",
                    id, role).toString();
        }

        /** How many answered sections this service keeps of the program. */
        long answers() {
            return ((Number) query("select count(*) from evaluation_answer where program_id = ?1", id))
                    .longValue();
        }

        /** How many answered trainer sections left the optional item empty. */
        long trainerAnswersWithoutTheOptionalItem() {
            return ((Number) query("""
                    select count(*) from evaluation_answer
                    where program_id = ?1 and trainer_id is not null and answers[14] is null""", id)).longValue();
        }

        long suggestions() {
            return ((Number) query("select count(*) from evaluation_suggestion where program_id = ?1", id))
                    .longValue();
        }

        /** Lets the link's time run out, as if its days had passed. */
        void expire(String token) {
            EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "update evaluation_link set expires_at = ?2 where token = ?1")
                    .setParameter(1, token).setParameter(2, Instant.now().minus(Duration.ofDays(1)))
                    .executeUpdate());
        }
    }

    /**
     * A program of one session per trainer, ended on {@code endDate} and completed now, that one
     * participant attended throughout and completed, supervised by {@link #SUPERVISOR_NIP} in the
     * register. Her reaction link is issued at once, and so are the post-training 360's links when
     * the end is more than the program's three months ago.
     */
    static Program completed(LocalDate endDate, Trainer... trainers) {
        Register.ensureEmployee(SUPERVISOR_NIP, AGENCY, REGION, "ADMINISTRATOR", "IV/a", null);
        Register.ensureEmployee(PARTICIPANT_NIP, AGENCY, REGION, "PELAKSANA", "III/b", SUPERVISOR_NIP);
        UUID id = UUID.randomUUID();
        String code = "PKP-MKS-" + id.toString().substring(0, 8).toUpperCase();
        String title = "Pelatihan Manajemen Pengaduan " + code;
        int jp = JP_PER_SESSION * trainers.length;
        LocalDate startDate = endDate.minusDays(trainers.length - 1);
        publishPlan(id, code, title, startDate, endDate, trainers);
        publish(id, "ParticipantEnrolled", Map.of("programId", id.toString(), "nip", PARTICIPANT_NIP, "name",
                PARTICIPANT_NAME, "agencyCode", AGENCY, "regionCode", REGION,
                "enrolledAt", startDate.minusDays(7).atStartOfDay(OfficeDate.ZONE).toInstant().toString()));
        for (int session = 1; session <= trainers.length; session++) {
            publish(id, "AttendanceRecorded", Map.of("programId", id.toString(), "nip", PARTICIPANT_NIP,
                    "session", session, "present", true, "attendedJp", JP_PER_SESSION * session, "programJp", jp));
        }
        Map<String, Object> completion = new HashMap<>();
        completion.put("programId", id.toString());
        completion.put("nip", PARTICIPANT_NIP);
        completion.put("agencyCode", AGENCY);
        completion.put("regionCode", REGION);
        completion.put("completed", true);
        completion.put("shortfalls", List.of());
        completion.put("attendedJp", jp);
        completion.put("programJp", jp);
        completion.put("preTest", 60);
        completion.put("postTest", 85);
        completion.put("passingScore", 70);
        completion.put("jpCredited", jp);
        completion.put("year", endDate.getYear());
        publish(id, "ParticipantCompleted", completion);
        publish(id, "ProgramStatusChanged", Map.of("programId", id.toString(), "code", code, "regionCode", REGION,
                "from", "RUNNING", "to", "COMPLETED", "changedAt", Instant.now().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) query(
                "select count(*) from evaluation_link where program_id = ?1", id)).longValue() > 0);
        return new Program(id, title);
    }

    /** Every item of each section with the same answer, as the page's form fields. */
    static Map<String, String> everyAnswer(int answer, int trainers) {
        Map<String, String> form = new LinkedHashMap<>();
        DELIVERY_ITEMS.forEach(item -> form.put("penyelenggaraan." + item, String.valueOf(answer)));
        for (int trainer = 1; trainer <= trainers; trainer++) {
            for (String item : TRAINER_ITEMS) {
                form.put("pengajar-" + trainer + "." + item, String.valueOf(answer));
            }
        }
        return form;
    }

    private static void publishPlan(UUID id, String code, String title, LocalDate startDate, LocalDate endDate,
            Trainer... trainers) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        List<Map<String, Object>> taught = new ArrayList<>();
        for (int i = 0; i < trainers.length; i++) {
            Map<String, Object> session = Map.of("number", i + 1, "date", startDate.plusDays(i).toString(),
                    "jp", JP_PER_SESSION);
            sessions.add(session);
            Map<String, Object> trainer = new HashMap<>();
            trainer.put("name", trainers[i].name());
            trainer.put("nip", trainers[i].nip());
            trainer.put("institution", trainers[i].institution());
            Map<String, Object> withTrainer = new HashMap<>(session);
            withTrainer.put("trainers", List.of(trainer));
            taught.add(withTrainer);
        }
        Map<String, Object> plan = new HashMap<>();
        plan.put("programId", id.toString());
        plan.put("code", code);
        plan.put("title", title);
        plan.put("regionCode", REGION);
        plan.put("format", "TRAINING");
        plan.put("classical", true);
        plan.put("competencyType", "TEKNIS");
        plan.put("organisingAgencyCode", AGENCY);
        plan.put("targetAgencyCodes", List.of(AGENCY));
        plan.put("startDate", startDate.toString());
        plan.put("endDate", endDate.toString());
        plan.put("sessions", sessions);
        plan.put("jp", JP_PER_SESSION * trainers.length);
        plan.put("capacity", 30);
        plan.put("passingScore", 70);
        plan.put("plannedBudget", 25_000_000);
        plan.put("expectedOutcomes", List.of());
        plan.put("status", "SCHEDULED");
        ObjectNode scheduled = TestEvents.envelope("ProgramScheduled", "programs-service", id.toString(), REGION,
                plan);
        // This service reads the trainers of each session and the evaluation settings, which the contract
        // does not carry yet: they are added after its check.
        ObjectNode data = (ObjectNode) scheduled.get("data");
        data.set("sessions", JSON.valueToTree(taught));
        data.put("evaluationLinkValidDays", 14);
        data.put("postTrainingLagMonths", 3);
        Topics.publish(Topics.PROGRAMS, id.toString(), scheduled.toString());
    }

    private static void publish(UUID id, String type, Map<String, ?> data) {
        Topics.publish(Topics.PROGRAMS, id.toString(),
                TestEvents.envelope(type, "programs-service", id.toString(), REGION, data).toString());
    }

    private static Object query(String sql, Object... parameters) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getSingleResult();
        });
    }

    private static List<String> codes(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add(prefix + i);
        }
        return codes;
    }
}
