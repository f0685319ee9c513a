package id.simonev.surveys.evaluation;

import static id.simonev.surveys.evaluation.Programs.items;
import static id.simonev.surveys.evaluation.Programs.trainer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.evaluation.Programs.Program;
import id.simonev.testing.EventContract;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The single-use links of a program's questionnaires: issued on completion to those who took part,
 * and the 360 after the lag; used once, not after they expire, never for another program.
 */
@QuarkusTest
class EvaluationLinkTests {

    private static final Map<String, Object> WIDYAISWARA = trainer("Dr. Andi Rahman, M.Si.", "197203151998031002",
            "BPSDM Provinsi Sulawesi Selatan");
    private static final Map<String, Object> LECTURER = trainer("Prof. Nurul Ilmi", null, "Universitas Hasanuddin");
    private static final Map<String, Object> PRACTITIONER = trainer("Ir. Budi Santoso", null, "Ombudsman RI");

    @Inject
    EvaluationLinkService links;

    @BeforeAll
    static void register() {
        Register.ensureAgency(Programs.AGENCY, Programs.REGION);
    }

    /** Two sessions: the widyaiswara alone, then the lecturer and the practitioner teaching together. */
    private static Program twoSessions(int endedDaysAgo, int lagMonths) {
        return Programs.scheduled(endedDaysAgo, lagMonths, List.of(List.of(WIDYAISWARA),
                List.of(LECTURER, PRACTITIONER)));
    }

    @Test
    void completionIssuesAReactionLinkToEveryoneWhoTookPartWithTheTrainersOfTheirSessions() {
        String both = Programs.nip();
        String firstOnly = Programs.nip();
        String absent = Programs.nip();
        Instant before = Instant.now();
        Program program = twoSessions(1, 3).took(both, true, 1, 2).took(firstOnly, false, 1).took(absent, false)
                .complete();

        program.links("?questionnaire=REACTION").statusCode(200)
                .body("total", equalTo(2))
                .body("items.participantNip", containsInAnyOrder(both, firstOnly))
                .body("items.role", contains("PARTICIPANT", "PARTICIPANT"))
                .body("items.status", contains("OPEN", "OPEN"));
        String token = program.token(Questionnaire.REACTION, RaterRole.PARTICIPANT, both);
        given().when().get(program.publicForm(token)).then().statusCode(200)
                .body("programCode", equalTo(program.code()))
                .body("questionnaire", equalTo("REACTION"))
                .body("scaleMin", equalTo(1)).body("scaleMax", equalTo(5))
                .body("sections.key", contains("penyelenggaraan", "pengajar-1", "pengajar-2", "pengajar-3"))
                .body("sections[0].trainer", nullValue())
                .body("sections[1..3].trainer.name", contains("Dr. Andi Rahman, M.Si.", "Prof. Nurul Ilmi",
                        "Ir. Budi Santoso"))
                .body("sections[0].questions.code", contains("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8"))
                .body("sections[1].questions", hasSize(14))
                .body("sections[1].questions[13].optional", equalTo(true))
                .body("sections[1].questions[0].wordings", contains("Tidak Baik", "Kurang Baik", "Cukup Baik",
                        "Baik", "Sangat Baik"));
        given().when().get(program.publicForm(program.token(Questionnaire.REACTION, RaterRole.PARTICIPANT,
                        firstOnly))).then().statusCode(200)
                .body("sections.key", contains("penyelenggaraan", "pengajar-1"));
        Instant expires = Instant.parse(Http.get(program.links() + "?participantNip=" + both, Tokens.admin())
                .extract().path("items[0].expiresAt"));
        assertTrue(!expires.isBefore(before.plus(Duration.ofDays(14)))
                && expires.isBefore(Instant.now().plus(Duration.ofDays(14))), "Valid 14 days from completion");
        program.links("?questionnaire=POST_TRAINING").body("total", equalTo(0));

        List<Topics.Event> issued = Topics.awaitEventsFromTheBeginning(Topics.SURVEYS, program.id().toString(), 1,
                Duration.ofSeconds(20));
        JsonNode event = issued.get(0).value();
        EventContract.assertValid(event);
        assertEquals("EvaluationLinksIssued", event.path("type").asText());
        assertEquals("REACTION", event.path("data").path("questionnaire").asText());
        assertEquals(2, event.path("data").path("issued").asInt());
        assertFalse(event.toString().contains(both), "The event names no one");
    }

    @Test
    void aLinkTakesOneAnswerAndAnIdempotentRetryGetsTheSameReceipt() {
        String nip = Programs.nip();
        Program program = twoSessions(1, 3).took(nip, true, 1).complete();
        String token = program.token(Questionnaire.REACTION, RaterRole.PARTICIPANT, nip);
        Map<String, Object> answers = Map.of("sections", Map.of("penyelenggaraan", items("D", 8, 4),
                "pengajar-1", items("T", 13, 5)), "suggestion", "Waktu praktik ditambah");

        given().contentType(ContentType.JSON).header(Http.IDEMPOTENCY_KEY, "first").body(answers)
                .when().post(program.publicForm(token)).then().statusCode(201)
                .body("programCode", equalTo(program.code())).body("questionnaire", equalTo("REACTION"));
        assertEquals(2, program.storedAnswers());
        given().contentType(ContentType.JSON).header(Http.IDEMPOTENCY_KEY, "first").body(answers)
                .when().post(program.publicForm(token)).then().statusCode(201)
                .body("programCode", equalTo(program.code()));
        Refusal.of(ProblemType.CONFLICT).saying("This link was already used")
                .check(program::storedAnswers, () -> program.answer(token, answers));
        Refusal.of(ProblemType.CONFLICT).check(() -> given().when().get(program.publicForm(token)).then());
        program.links("?participantNip=" + nip).body("items[0].status", equalTo("ANSWERED"));
    }

    @Test
    void anExpiredLinkIsGoneAndAnotherProgramsLinkIsNotFound() {
        String nip = Programs.nip();
        Program program = twoSessions(1, 3).took(nip, true, 1).complete();
        Program other = twoSessions(2, 3).took(Programs.nip(), true, 1).complete();
        String token = program.token(Questionnaire.REACTION, RaterRole.PARTICIPANT, nip);
        Map<String, Object> answers = Map.of("sections", Map.of("penyelenggaraan", items("D", 8, 4),
                "pengajar-1", items("T", 13, 5)));

        Refusal.of(ProblemType.NOT_FOUND).check(() -> total(other), () -> other.answer(token, answers));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> given().when().get(other.publicForm(token)).then());
        Refusal.of(ProblemType.NOT_FOUND).check(program::storedAnswers, () -> program.answer("ZZZZZZZZZZZZZZZZ",
                answers));

        Programs.update("update evaluation_link set expires_at = ?2 where token = ?1", token,
                Instant.now().minusSeconds(60));
        Refusal.of(ProblemType.GONE).saying("This link expired")
                .check(program::storedAnswers, () -> program.answer(token, answers));
        Refusal.of(ProblemType.GONE).check(() -> given().when().get(program.publicForm(token)).then());
        program.links("?status=EXPIRED").body("items.token", contains(token));
    }

    @Test
    void answersThatDoNotFitTheQuestionnaireAreRefusedByFieldAndNothingIsStored() {
        String nip = Programs.nip();
        Program program = twoSessions(1, 3).took(nip, true, 1).complete();
        String token = program.token(Questionnaire.REACTION, RaterRole.PARTICIPANT, nip);
        Map<String, Integer> delivery = items("D", 8, 4);

        Refusal.of(ProblemType.INVALID_REQUEST, "sections.pengajar-1").check(program::storedAnswers,
                () -> program.answer(token, Map.of("sections", Map.of("penyelenggaraan", delivery))));
        Map<String, Integer> nine = new HashMap<>(delivery);
        nine.put("D9", 4);
        Refusal.of(ProblemType.INVALID_REQUEST, "sections.penyelenggaraan.D9").check(program::storedAnswers,
                () -> program.answer(token, Map.of("sections", Map.of("penyelenggaraan", nine,
                        "pengajar-1", items("T", 13, 5)))));
        Refusal.of(ProblemType.INVALID_REQUEST, "sections.pengajar-1.T1").check(program::storedAnswers,
                () -> program.answer(token, Map.of("sections", Map.of("penyelenggaraan", delivery,
                        "pengajar-1", items("T", 13, 6)))));
        Refusal.of(ProblemType.INVALID_REQUEST, "sections.pengajar-9").check(program::storedAnswers,
                () -> program.answer(token, Map.of("sections", Map.of("penyelenggaraan", delivery,
                        "pengajar-1", items("T", 13, 5), "pengajar-9", items("T", 13, 5)))));
        Refusal.of(ProblemType.INVALID_REQUEST, "name").check(program::storedAnswers,
                () -> program.answer(token, Map.of("sections", Map.of("penyelenggaraan", delivery,
                        "pengajar-1", items("T", 13, 5)), "name", "Andi")));
        String typedAsText = "{\"sections\":{\"penyelenggaraan\":{\"D1\":\"4\"}}}";
        Refusal.of(ProblemType.INVALID_REQUEST, "sections.penyelenggaraan.D1").check(program::storedAnswers,
                () -> given().contentType(ContentType.JSON).body(typedAsText).when()
                        .post(program.publicForm(token)).then());

        Map<String, Integer> withTeamTeaching = items("T", 14, 4);
        program.answer(token, Map.of("sections", Map.of("penyelenggaraan", delivery, "pengajar-1",
                withTeamTeaching))).statusCode(201);
        assertEquals(2, program.storedAnswers());
    }

    @Test
    void thePostTrainingLinksGoToAlumniTheirSupervisorAndNamedPeersOnceTheLagHasCome() {
        String supervisor = Programs.nip();
        String alumnus = Programs.nip();
        String withoutSupervisor = Programs.nip();
        String peer = Programs.nip();
        Register.ensureEmployee(supervisor, Programs.AGENCY, Programs.REGION, "ADMINISTRATOR", "IV/a", null);
        Register.ensureEmployee(alumnus, Programs.AGENCY, Programs.REGION, "PELAKSANA", "III/a", supervisor);
        Register.ensureEmployee(withoutSupervisor, Programs.AGENCY, Programs.REGION, "PELAKSANA", "III/a", null);
        Register.ensureEmployee(peer, Programs.AGENCY, Programs.REGION, "PELAKSANA", "III/b", supervisor);
        String notCompleted = Programs.nip();
        Program program = twoSessions(100, 3).took(alumnus, true, 1, 2).took(withoutSupervisor, true, 1, 2)
                .took(notCompleted, false, 1).complete();

        program.links("?questionnaire=POST_TRAINING&sort=role").statusCode(200)
                .body("items.findAll { it.role == 'SELF' }.participantNip",
                        containsInAnyOrder(alumnus, withoutSupervisor))
                .body("items.findAll { it.role == 'SUPERVISOR' }.raterNip", contains(supervisor))
                .body("items.findAll { it.role == 'SUPERVISOR' }.participantNip", contains(alumnus))
                .body("items.findAll { it.role == 'PEER' }", empty());
        Http.get(program.links() + "/summary", Tokens.operator("73")).statusCode(200)
                .body("postTrainingIssued", equalTo(true))
                .body("withoutSupervisor.nip", contains(withoutSupervisor))
                .body("roles.find { it.role == 'SELF' }.issued", equalTo(2))
                .body("roles.find { it.role == 'PARTICIPANT' }.issued", equalTo(3));
        String selfToken = program.token(Questionnaire.POST_TRAINING, RaterRole.SELF, alumnus);
        given().when().get(program.publicForm(selfToken)).then().statusCode(200)
                .body("sections.key", contains("pasca-pelatihan"))
                .body("about", nullValue())
                .body("sections[0].questions.code", contains("B1", "B2", "B3", "B4", "B5", "I1", "I2", "I3", "I4",
                        "I5", "I6"));
        given().when().get(program.publicForm(program.token(Questionnaire.POST_TRAINING, RaterRole.SUPERVISOR,
                alumnus))).then().statusCode(200).body("about", equalTo("Peserta " + alumnus));

        Http.put(program.raterPath(withoutSupervisor), Tokens.operator("73.71"),
                Map.of("supervisorNip", supervisor, "peerNips", List.of(peer), "openPeerLinks", 2)).statusCode(200)
                .body("supervisorNip", equalTo(supervisor))
                .body("links.findAll { it.role == 'PEER' }", hasSize(3))
                .body("links.findAll { it.role == 'PEER' && it.raterNip == null }", hasSize(2))
                .body("links.find { it.role == 'SUPERVISOR' }.raterNip", equalTo(supervisor));
        Http.get(program.links() + "/summary", Tokens.admin()).body("withoutSupervisor", empty())
                .body("roles.find { it.role == 'PEER' }.issued", equalTo(3));
    }

    @Test
    void beforeItsLagThe360WaitsAndTheDailySweepIssuesItWhenDue() {
        String alumnus = Programs.nip();
        Program program = twoSessions(10, 1).took(alumnus, true, 1, 2).complete();
        program.links("?questionnaire=POST_TRAINING").body("total", equalTo(0));
        Http.get(program.links() + "/summary", Tokens.admin()).body("postTrainingIssued", equalTo(false))
                .body("postTrainingDue", equalTo(OfficeDate.today().minusDays(10).plusMonths(1).toString()));

        links.issueDuePostTraining(OfficeDate.today().plusMonths(1));

        program.links("?questionnaire=POST_TRAINING").body("items.role", contains("SELF"))
                .body("items[0].participantNip", equalTo(alumnus));
        assertEquals(0, links.issueDuePostTraining(OfficeDate.today().plusMonths(1)), "Issued once");
    }

    @Test
    void theOfficeIssuesALostLinkAgainAndTheOldOneStopsWorking() {
        String nip = Programs.nip();
        Program program = twoSessions(1, 3).took(nip, true, 1).complete();
        String old = program.token(Questionnaire.REACTION, RaterRole.PARTICIPANT, nip);
        Map<String, Object> request = Map.of("questionnaire", "REACTION", "role", "PARTICIPANT",
                "participantNip", nip);

        String token = Http.post(program.links(), Tokens.operator("73.71"), request).statusCode(201)
                .body("status", equalTo("OPEN")).body("link", notNullValue())
                .extract().path("token");
        assertNotEquals(old, token);
        Refusal.of(ProblemType.GONE).saying("This link was replaced")
                .check(() -> given().when().get(program.publicForm(old)).then());
        program.answer(token, Map.of("sections", Map.of("penyelenggaraan", items("D", 8, 4),
                "pengajar-1", items("T", 13, 5)))).statusCode(201);
        Refusal.of(ProblemType.CONFLICT).check(() -> total(program),
                () -> Http.post(program.links(), Tokens.operator("73.71"), request));
    }

    @Test
    void linksByHandAreRefusedForWhatTheQuestionnaireDoesNotTake() {
        String nip = Programs.nip();
        String absent = Programs.nip();
        Program program = twoSessions(1, 3).took(nip, false, 1).took(absent, false).complete();

        Refusal.of(ProblemType.INVALID_REQUEST, "role").check(() -> total(program), () -> Http.post(program.links(),
                Tokens.admin(), Map.of("questionnaire", "REACTION", "role", "SELF", "participantNip", nip)));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "participantNip").check(() -> total(program), () -> Http.post(
                program.links(), Tokens.admin(), Map.of("questionnaire", "REACTION", "role", "PARTICIPANT",
                        "participantNip", absent)));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "participantNip").check(() -> total(program), () -> Http.post(
                program.links(), Tokens.admin(), Map.of("questionnaire", "POST_TRAINING", "role", "SELF",
                        "participantNip", nip)));
        Refusal.of(ProblemType.INVALID_REQUEST, "participantNip").check(() -> total(program), () -> Http.post(
                program.links(), Tokens.admin(), Map.of("questionnaire", "REACTION", "role", "PARTICIPANT",
                        "participantNip", "12345")));
        Refusal.outsideRegions().check(() -> total(program), () -> Http.post(program.links(),
                Tokens.operator("53"), Map.of("questionnaire", "REACTION", "role", "PARTICIPANT",
                        "participantNip", nip)));
        Refusal.byRole().check(() -> total(program), () -> Http.post(program.links(), Tokens.analyst("73"),
                Map.of("questionnaire", "REACTION", "role", "PARTICIPANT", "participantNip", nip)));
        Refusal.outsideRegions().check(() -> Http.get(program.links(), Tokens.analyst("53")));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get("/api/v1/programs/" + UUID.randomUUID()
                + "/evaluation-links", Tokens.admin()));
    }

    private static Object total(Program program) {
        return Programs.query("select count(*) from evaluation_link where program_id = ?1", program.id());
    }
}
