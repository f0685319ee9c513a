package id.simonev.programs.program;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static id.simonev.programs.program.ProgramFixtures.moveTo;
import static id.simonev.programs.program.ProgramFixtures.session;
import static id.simonev.programs.program.ProgramFixtures.trainer;
import static id.simonev.testing.Http.read;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.EventContract;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
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
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The trainers (pengajar) of each session and a program's evaluation settings: planned, shown,
 * announced in ProgramScheduled and ProgramUpdated, and refused when wrong (issue 17).
 */
@QuarkusTest
class TrainersAndEvaluationSettingsTests {

    /** A widyaiswara of the province: born 1975-03-12, appointed 2000-03; in no register of the tests. */
    private static final String WIDYAISWARA = "197503122000031002";
    private static final String BPSDM = "BPSDM Provinsi Sulawesi Selatan";

    private static String organiser;

    /** A plan in Makassar, organised by an agency of Makassar, with no trainers and no settings. */
    private static Map<String, Object> plan() {
        if (organiser == null) {
            organiser = ProgramFixtures.agency("73.71");
        }
        return ProgramFixtures.plan("73.71", organiser);
    }

    /** The plan with sessions whose trainers are changed by {@code change}, its first session first. */
    private static Map<String, Object> planWithTrainers(Consumer<List<Map<String, Object>>> change) {
        Map<String, Object> plan = plan();
        List<Map<String, Object>> trainers = new ArrayList<>(List.of(trainer("Dr. Andi Rahman, M.Si.", WIDYAISWARA,
                BPSDM)));
        change.accept(trainers);
        plan.put("sessions", List.of(session("2026-03-02", 8, trainers), session("2026-03-03", 8, List.of())));
        return plan;
    }

    private static long total() {
        return given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private static void assertNull(JsonNode trainer, String field) {
        assertTrue(trainer.has(field) && trainer.get(field).isNull(), field + " must be given as null: " + trainer);
    }

    @Test
    void eachSessionNamesItsTrainersWhichTheViewAndTheEventsCarryWithTheEvaluationSettings() {
        Map<String, Object> plan = plan();
        plan.put("sessions", List.of(
                session("2026-03-04", 8, List.of(trainer("  Dr. Andi Rahman, M.Si. ", WIDYAISWARA, BPSDM))),
                session("2026-03-02", 8, List.of(trainer("Dr. Andi Rahman, M.Si.", "19750312 200003 1 002", BPSDM),
                        trainer("Prof. Dr. Sukardi Weda, M.Pd.", null, "  "))),
                session("2026-03-03", 8, List.of()),
                Map.of("date", "2026-03-05", "jp", 8)));
        plan.put("evaluationLinkValidDays", 30);
        plan.put("postTrainingLagMonths", 6);

        String id = ProgramFixtures.draft(plan);

        given().auth().oauth2(Tokens.analyst("73")).when().get(PROGRAMS + "/" + id)
                .then().statusCode(200)
                .body("sessions.date", contains("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"))
                .body("sessions[0].trainers.name", contains("Dr. Andi Rahman, M.Si.", "Prof. Dr. Sukardi Weda, M.Pd."))
                .body("sessions[0].trainers[0].nip", equalTo(WIDYAISWARA))
                .body("sessions[0].trainers[0].institution", equalTo(BPSDM))
                .body("sessions[0].trainers[1]", hasEntry("nip", null))
                .body("sessions[0].trainers[1]", hasEntry("institution", null))
                .body("sessions[1].trainers", empty())
                .body("sessions[2].trainers.name", contains("Dr. Andi Rahman, M.Si."))
                .body("sessions[3].trainers", empty())
                .body("evaluationLinkValidDays", equalTo(30))
                .body("postTrainingLagMonths", equalTo(6));

        moveTo(id, "SCHEDULED");
        JsonNode scheduled = Topics.awaitEvents(Topics.PROGRAMS, id, 1, Duration.ofSeconds(20)).get(0).value();
        assertEquals("ProgramScheduled", scheduled.path("type").asText());
        JsonNode firstSession = scheduled.path("data").path("sessions").path(0);
        assertEquals(WIDYAISWARA, firstSession.path("trainers").path(0).path("nip").asText());
        assertEquals(BPSDM, firstSession.path("trainers").path(0).path("institution").asText());
        assertEquals("Prof. Dr. Sukardi Weda, M.Pd.", firstSession.path("trainers").path(1).path("name").asText());
        assertNull(firstSession.path("trainers").path(1), "nip");
        assertNull(firstSession.path("trainers").path(1), "institution");
        assertTrue(scheduled.path("data").path("sessions").path(1).path("trainers").isArray());
        assertTrue(scheduled.path("data").path("sessions").path(1).path("trainers").isEmpty());
        assertEquals(30, scheduled.path("data").path("evaluationLinkValidDays").asInt());
        assertEquals(6, scheduled.path("data").path("postTrainingLagMonths").asInt());
        EventContract.assertValid(scheduled);

        plan.put("sessions", List.of(session("2026-03-02", 8, List.of(
                trainer("Dra. Hasnawati Saleh, M.Pd.", null, "Universitas Negeri Makassar"),
                trainer("Dr. Andi Rahman, M.Si.", WIDYAISWARA, BPSDM)))));
        plan.put("evaluationLinkValidDays", 7);
        plan.put("postTrainingLagMonths", 12);
        Http.put(PROGRAMS + "/" + id, Tokens.operator("73"), plan)
                .statusCode(200)
                .body("sessions[0].trainers.name", contains("Dra. Hasnawati Saleh, M.Pd.", "Dr. Andi Rahman, M.Si."))
                .body("evaluationLinkValidDays", equalTo(7))
                .body("postTrainingLagMonths", equalTo(12));
        JsonNode updated = Topics.awaitEvents(Topics.PROGRAMS, id, 2, Duration.ofSeconds(20)).get(1).value();
        assertEquals("ProgramUpdated", updated.path("type").asText());
        JsonNode trainers = updated.path("data").path("sessions").path(0).path("trainers");
        assertEquals("Universitas Negeri Makassar", trainers.path(0).path("institution").asText());
        assertEquals(WIDYAISWARA, trainers.path(1).path("nip").asText());
        assertEquals(7, updated.path("data").path("evaluationLinkValidDays").asInt());
        assertEquals(12, updated.path("data").path("postTrainingLagMonths").asInt());
        EventContract.assertValid(updated);
    }

    @Test
    void aPlanWithoutTrainersOrSettingsHasNoneAndTheDefaultsAndAChangeLeavingThemOutRestoresThem() {
        Map<String, Object> plan = plan();
        String id = ProgramFixtures.draft(plan);

        given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS + "/" + id)
                .then().statusCode(200)
                .body("sessions.trainers", everyItem(hasSize(0)))
                .body("evaluationLinkValidDays", equalTo(14))
                .body("postTrainingLagMonths", equalTo(3));
        moveTo(id, "SCHEDULED");
        JsonNode scheduled = Topics.awaitEvents(Topics.PROGRAMS, id, 1, Duration.ofSeconds(20)).get(0).value();
        assertTrue(scheduled.path("data").path("sessions").path(0).path("trainers").isArray());
        assertEquals(14, scheduled.path("data").path("evaluationLinkValidDays").asInt());
        assertEquals(3, scheduled.path("data").path("postTrainingLagMonths").asInt());
        EventContract.assertValid(scheduled);

        plan.put("evaluationLinkValidDays", 21);
        plan.put("postTrainingLagMonths", 24);
        Http.put(PROGRAMS + "/" + id, Tokens.admin(), plan).statusCode(200)
                .body("evaluationLinkValidDays", equalTo(21))
                .body("postTrainingLagMonths", equalTo(24));
        plan.remove("evaluationLinkValidDays");
        plan.remove("postTrainingLagMonths");
        Http.put(PROGRAMS + "/" + id, Tokens.admin(), plan).statusCode(200)
                .body("evaluationLinkValidDays", equalTo(14))
                .body("postTrainingLagMonths", equalTo(3));
    }

    @Test
    void aRetryAnsweredBeforeTrainersAndSettingsWereKeptStillGetsItsFirstAnswer() {
        String id = ProgramFixtures.draft(plan());
        String key = UUID.randomUUID().toString();
        Map<String, Object> schedule = Map.of("status", "SCHEDULED");
        Http.postOnce(PROGRAMS + "/" + id + "/status-changes", Tokens.admin(), key, schedule).statusCode(200);
        // The answer as it was recorded before: no settings, and sessions without trainers.
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update idempotent_request
                        set response = jsonb_set(response - 'evaluationLinkValidDays' - 'postTrainingLagMonths',
                            '{sessions}', (select jsonb_agg(s - 'trainers')
                                           from jsonb_array_elements(response -> 'sessions') s))
                        where key = ?1""")
                .setParameter(1, key).executeUpdate());

        Http.postOnce(PROGRAMS + "/" + id + "/status-changes", Tokens.admin(), key, schedule)
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("$", not(hasKey("evaluationLinkValidDays")))
                .body("sessions.trainers", everyItem(hasSize(0)));
    }

    @Test
    void theSameTrainerMayTeachSeveralSessionsAndNeedNotBeInTheRegisterOrTheRegion() {
        Map<String, Object> plan = ProgramFixtures.plan("53.71", ProgramFixtures.agency("53.71"));
        List<Map<String, Object>> trainers = List.of(trainer("Dr. Andi Rahman, M.Si.", WIDYAISWARA, BPSDM));
        plan.put("sessions", List.of(session("2026-03-02", 8, trainers), session("2026-03-03", 8, trainers)));

        Http.post(PROGRAMS, Tokens.operator("53.71"), plan).statusCode(201)
                .body("sessions.trainers.nip", contains(List.of(WIDYAISWARA), List.of(WIDYAISWARA)));
    }

    @Test
    void badTrainersAreRefusedNamingTheFieldAndWriteNothing() {
        Map<String, Object> blank = planWithTrainers(trainers -> trainers.add(trainer(" ", null, null)));
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers[1].name")
                .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(), blank))
                .body("violations[0].message", equalTo("must not be blank"));

        Map<String, Object> badNip = planWithTrainers(trainers -> trainers.add(trainer("Drs. Muh. Yusuf, M.Si.",
                "1975031220000310", BPSDM)));
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers[1].nip")
                .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(), badNip))
                .body("violations[0].message", equalTo("must be 18 digits, or grouped as 19671110 199203 1 001"));

        Map<String, Object> longName = planWithTrainers(trainers -> trainers.add(trainer("A".repeat(201), null,
                null)));
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers[1].name")
                .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(), longName));

        Map<String, Object> longInstitution = planWithTrainers(trainers -> trainers.add(trainer("Ir. Budi Hartono",
                null, "B".repeat(201))));
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers[1].institution").check(
                TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(), longInstitution));

        Map<String, Object> eleven = planWithTrainers(trainers -> {
            for (int i = 1; i <= 10; i++) {
                trainers.add(trainer("Narasumber " + i, null, "Universitas Hasanuddin"));
            }
        });
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers")
                .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(), eleven));

        Map<String, Object> unknownField = planWithTrainers(trainers -> trainers.get(0).put("email",
                "andi@example.org"));
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers[0].email")
                .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(),
                        unknownField))
                .body("violations[0].message", startsWith("is not a field of this request"));

        Map<String, Object> nobody = planWithTrainers(trainers -> trainers.add(null));
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers[1]")
                .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(), nobody));
    }

    @Test
    void aTrainerNamedTwiceInASessionIsRefusedInEitherSpellingOfTheNipAndWritesNothing() {
        Map<String, Object> twice = planWithTrainers(trainers -> trainers.add(trainer("Andi Rahman",
                "19750312 200003 1 002", null)));
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers[1].nip")
                .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(), twice))
                .body("violations.field", contains("sessions[0].trainers[1].nip"))
                .body("violations[0].message",
                        equalTo("is the NIP of trainers[0] already; a session names each trainer once"));

        Map<String, Object> plan = planWithTrainers(trainers -> { });
        String id = ProgramFixtures.draft(plan);
        moveTo(id, "SCHEDULED");
        Map<String, Object> changed = planWithTrainers(trainers -> trainers.add(trainer("Andi Rahman", WIDYAISWARA,
                null)));
        changed.put("code", plan.get("code"));
        Refusal.of(ProblemType.INVALID_REQUEST, "sessions[0].trainers[1].nip")
                .check(() -> read(PROGRAMS + "/" + id), () -> Http.put(PROGRAMS + "/" + id, Tokens.admin(), changed));
    }

    @Test
    void evaluationSettingsOutOfRangeAreRefusedNamingTheFieldAndWriteNothing() {
        Map<String, List<Integer>> outOfRange = Map.of("evaluationLinkValidDays", List.of(0, 91),
                "postTrainingLagMonths", List.of(0, 25));
        for (Map.Entry<String, List<Integer>> setting : outOfRange.entrySet()) {
            for (int value : setting.getValue()) {
                Map<String, Object> plan = plan();
                plan.put(setting.getKey(), value);
                Refusal.of(ProblemType.INVALID_REQUEST, setting.getKey())
                        .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(),
                                plan))
                        .body("violations.field", contains(setting.getKey()));
            }
        }

        Map<String, Object> text = plan();
        text.put("postTrainingLagMonths", "3");
        Refusal.of(ProblemType.INVALID_REQUEST, "postTrainingLagMonths")
                .check(TrainersAndEvaluationSettingsTests::total, () -> Http.post(PROGRAMS, Tokens.admin(), text))
                .body("violations[0].message", equalTo("must be a whole number"));
    }
}
