package id.simonev.programs.participant;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static id.simonev.programs.program.ProgramFixtures.moveTo;
import static id.simonev.testing.Http.as;
import static id.simonev.testing.Http.get;
import static id.simonev.testing.Http.post;
import static id.simonev.testing.Http.put;
import static id.simonev.testing.Http.read;
import static id.simonev.testing.Http.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.programs.program.ProgramFixtures;
import id.simonev.testing.EventContract;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Participants of a program: enrolment, withdrawal, attendance, scores, completion, budget and learning hours. */
@QuarkusTest
class ParticipantResourceTests {

    private static String participants(String programId) {
        return PROGRAMS + "/" + programId + "/participants";
    }

    private static String scheduled(String agency, int capacity) {
        Map<String, Object> plan = ProgramFixtures.plan("73.71", agency);
        plan.put("capacity", capacity);
        String id = ProgramFixtures.draft(plan);
        moveTo(id, "SCHEDULED");
        return id;
    }

    private static long count(String programId) {
        return get(participants(programId), Tokens.admin()).statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void anOperatorEnrolsAnEmployeeAndTheEnrolmentIsAnnounced() {
        String agency = ProgramFixtures.agency("73.71");
        String nip = ProgramFixtures.employee(agency);
        String id = scheduled(agency, 30);

        post(participants(id), Tokens.operator("73"), Map.of("nip", nip))
                .statusCode(201)
                .body("status", equalTo("ENROLLED"))
                .body("agencyCode", equalTo(agency))
                .body("attendedJp", equalTo(0));

        as(Tokens.analyst("73")).when().get(PROGRAMS + "/" + id)
                .then().body("participants.stillEnrolled", equalTo(1));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, id, 2, Duration.ofSeconds(20));
        JsonNode enrolled = events.get(1).value();
        assertEquals("ParticipantEnrolled", enrolled.path("type").asText());
        assertEquals(nip, enrolled.path("data").path("nip").asText());
        EventContract.assertValid(enrolled);
    }

    @Test
    void aFullProgramRefusesTheNextEmployeeWithA409AndWritesNothing() {
        String agency = ProgramFixtures.agency("73.71");
        String id = scheduled(agency, 2);
        post(participants(id), Tokens.admin(), Map.of("nip", ProgramFixtures.employee(agency))).statusCode(201);
        post(participants(id), Tokens.admin(), Map.of("nip", ProgramFixtures.employee(agency))).statusCode(201);

        String third = ProgramFixtures.employee(agency);
        Refusal.of(ProblemType.CONFLICT).check(() -> count(id),
                        () -> post(participants(id), Tokens.admin(), Map.of("nip", third)))
                .body("detail", containsString("is full: all 2 places are taken"));
        assertEquals(2, count(id));
        Map<String, Object> smaller = ProgramFixtures.plan("73.71", agency);
        smaller.put("code", as(Tokens.admin()).when().get(PROGRAMS + "/" + id).then()
                .extract().path("code"));
        smaller.put("capacity", 1);
        Refusal.of(ProblemType.CONFLICT).check(() -> read(PROGRAMS + "/" + id),
                        () -> put(PROGRAMS + "/" + id, Tokens.admin(), smaller))
                .body("detail", containsString("has 2 participants"));
    }

    @Test
    void anEmployeeCannotBeEnrolledTwiceNorAgainAfterWithdrawing() {
        String agency = ProgramFixtures.agency("73.71");
        String nip = ProgramFixtures.employee(agency);
        String id = scheduled(agency, 30);
        post(participants(id), Tokens.admin(), Map.of("nip", nip)).statusCode(201);

        Refusal.of(ProblemType.CONFLICT).check(() -> count(id),
                        () -> post(participants(id), Tokens.admin(), Map.of("nip", nip)))
                .body("detail", containsString("already enrolled"));
        post(participants(id) + "/" + nip + "/withdrawal", Tokens.admin(), Map.of("reason", "WORKLOAD"))
                .statusCode(200);
        Refusal.of(ProblemType.CONFLICT).check(() -> count(id),
                        () -> post(participants(id), Tokens.admin(), Map.of("nip", nip)))
                .body("detail", containsString("(and withdrew)"));
        assertEquals(1, count(id));
    }

    @Test
    void enrolmentRefusesDraftsUnknownOrBadNipsAndForeignRegions() {
        String agency = ProgramFixtures.agency("73.71");
        String nip = ProgramFixtures.employee(agency);
        String draft = ProgramFixtures.draft(ProgramFixtures.plan("73.71", agency));
        Refusal.of(ProblemType.CONFLICT).check(() -> count(draft),
                        () -> post(participants(draft), Tokens.admin(), Map.of("nip", nip)))
                .body("detail", containsString("is DRAFT"));

        String id = scheduled(agency, 30);
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "nip").check(() -> count(id),
                () -> post(participants(id), Tokens.admin(), Map.of("nip", "199001012015011999")));
        Refusal.of(ProblemType.INVALID_REQUEST, "nip").check(() -> count(id),
                () -> post(participants(id), Tokens.admin(), Map.of("nip", "12345")));
        Refusal.outsideRegions().check(() -> count(id),
                () -> post(participants(id), Tokens.operator("53"), Map.of("nip", nip)));
        Refusal.byRole().check(() -> count(id),
                () -> post(participants(id), Tokens.analyst("73"), Map.of("nip", nip)));
        assertEquals(0, count(id));
    }

    @Test
    void aWithdrawalKeepsTheHistoryCountsItsReasonAndFreesThePlace() {
        String agency = ProgramFixtures.agency("73.71");
        String first = ProgramFixtures.employee(agency);
        String second = ProgramFixtures.employee(agency);
        String id = scheduled(agency, 1);
        post(participants(id), Tokens.admin(), Map.of("nip", first)).statusCode(201);

        Refusal.of(ProblemType.INVALID_REQUEST, "note").check(() -> read(participants(id) + "/" + first),
                () -> post(participants(id) + "/" + first + "/withdrawal", Tokens.admin(), Map.of("reason", "OTHER")));
        Refusal.of(ProblemType.INVALID_REQUEST, "reason").check(() -> read(participants(id) + "/" + first),
                () -> post(participants(id) + "/" + first + "/withdrawal", Tokens.admin(), Map.of("reason", "BORED")));
        post(participants(id) + "/" + first + "/withdrawal", Tokens.operator("73.71"),
                Map.of("reason", "NOT_RELEVANT", "note", "Materi tidak sesuai jabatan"))
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("NOT_RELEVANT"));
        post(participants(id), Tokens.admin(), Map.of("nip", second)).statusCode(201);

        as(Tokens.admin()).when().get(PROGRAMS + "/" + id).then()
                .body("participants.withdrawn", equalTo(1))
                .body("participants.stillEnrolled", equalTo(1))
                .body("participants.withdrawalsByReason.NOT_RELEVANT", equalTo(1));
        as(Tokens.admin()).queryParam("status", "WITHDRAWN").when().get(participants(id)).then()
                .body("items.nip", contains(first))
                .body("items[0].withdrawalNote", equalTo("Materi tidak sesuai jabatan"));
        JsonNode withdrawn = Topics.awaitEvents(Topics.PROGRAMS, id, 4, Duration.ofSeconds(20)).get(2).value();
        assertEquals("ParticipantWithdrawn", withdrawn.path("type").asText());
        EventContract.assertValid(withdrawn);
    }

    @Test
    void completionNeeds80PercentOfTheJpAndThePassingScoreAndCreditsJpOnlyThen() {
        String agency = ProgramFixtures.agency("73.71");
        List<String> nips = List.of(ProgramFixtures.employee(agency), ProgramFixtures.employee(agency),
                ProgramFixtures.employee(agency), ProgramFixtures.employee(agency), ProgramFixtures.employee(agency));
        String id = scheduled(agency, 30);
        nips.forEach(nip -> post(participants(id), Tokens.admin(), Map.of("nip", nip)).statusCode(201));
        put(participants(id) + "/" + nips.get(0) + "/attendance/1", Tokens.admin(), Map.of("present", true))
                .statusCode(409).body("detail", containsString("is SCHEDULED"));
        put(participants(id) + "/" + nips.get(0) + "/scores", Tokens.admin(), Map.of("preTest", 40))
                .statusCode(200).body("preTest", equalTo(40));
        moveTo(id, "RUNNING");

        attend(id, nips.get(0), 1, 2, 3, 4);        // 32 of 40 JP: exactly 80%
        attend(id, nips.get(1), 1, 2, 3);           // 24 JP: 60%
        attend(id, nips.get(2), 1, 2, 3, 4, 5);
        attend(id, nips.get(3), 1, 2, 3, 4, 5);
        attend(id, nips.get(4), 1, 2, 3, 4, 5);
        put(participants(id) + "/" + nips.get(0) + "/attendance/5", Tokens.admin(), Map.of("present", false))
                .statusCode(200).body("attendedJp", equalTo(32));
        put(participants(id) + "/" + nips.get(0) + "/attendance/6", Tokens.admin(), Map.of("present", true))
                .statusCode(400).body("violations[0].field", equalTo("session"));
        score(id, nips.get(0), 70);
        score(id, nips.get(1), 90);
        score(id, nips.get(2), 69.99);
        score(id, nips.get(4), 85);
        put(participants(id) + "/" + nips.get(2) + "/scores", Tokens.admin(), Map.of("postTest", 101))
                .statusCode(400).body("violations[0].field", equalTo("postTest"));
        post(participants(id) + "/" + nips.get(4) + "/withdrawal", Tokens.admin(), Map.of("reason", "HEALTH"))
                .statusCode(200);

        moveTo(id, "COMPLETED");

        Function<String, Map<String, Object>> participant = nip -> as(Tokens.admin())
                .when().get(participants(id) + "/" + nip).then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals("COMPLETED", participant.apply(nips.get(0)).get("status"));
        assertEquals(40, participant.apply(nips.get(0)).get("jpCredited"));
        assertEquals(List.of("ATTENDANCE_BELOW_80_PERCENT"), participant.apply(nips.get(1)).get("shortfalls"));
        assertEquals(0, participant.apply(nips.get(1)).get("jpCredited"));
        assertEquals(List.of("POST_TEST_BELOW_PASSING_SCORE"), participant.apply(nips.get(2)).get("shortfalls"));
        assertEquals(List.of("NO_POST_TEST"), participant.apply(nips.get(3)).get("shortfalls"));
        assertEquals("WITHDRAWN", participant.apply(nips.get(4)).get("status"));
        as(Tokens.admin()).when().get(PROGRAMS + "/" + id).then()
                .body("participants.takingPart", equalTo(4))
                .body("participants.stillEnrolled", equalTo(0))
                .body("participants.completed", equalTo(1))
                .body("participants.notCompleted", equalTo(3))
                .body("participants.withdrawn", equalTo(1));

        Map<String, JsonNode> completions = Topics.awaitEvents(Topics.PROGRAMS, id, 40, Duration.ofSeconds(20)).stream()
                .map(Topics.Event::value).filter(e -> e.path("type").asText().equals("ParticipantCompleted"))
                .collect(Collectors.toMap(e -> e.path("data").path("nip").asText(), e -> e));
        assertEquals(4, completions.size());
        JsonNode completed = completions.get(nips.get(0)).path("data");
        assertEquals(true, completed.path("completed").asBoolean());
        assertEquals(40, completed.path("jpCredited").asInt());
        assertEquals(32, completed.path("attendedJp").asInt());
        assertEquals(2026, completed.path("year").asInt());
        assertEquals(40, completed.path("preTest").asInt());
        completions.values().forEach(EventContract::assertValid);

        as(Tokens.analyst("73")).queryParam("year", 2026)
                .when().get("/api/v1/employees/" + nips.get(0) + "/learning-hours").then().statusCode(200)
                .body("jpCredited", equalTo(40))
                .body("entitlementMet", equalTo(true))
                .body("programs[0].programId", equalTo(id));
        as(Tokens.analyst("73")).queryParam("year", 2026)
                .when().get("/api/v1/employees/" + nips.get(1) + "/learning-hours").then().statusCode(200)
                .body("jpCredited", equalTo(0))
                .body("entitlementMet", equalTo(false));
        as(Tokens.analyst("73")).queryParam("year", 2026)
                .when().get("/api/v1/agencies/" + agency + "/learning-hours").then().statusCode(200)
                .body("employees", equalTo(5))
                .body("reachedEntitlement", equalTo(1))
                .body("coveragePercent", equalTo(20.0f));
        as(Tokens.analyst("73")).queryParam("year", 2026).queryParam("size", 3)
                .when().get("/api/v1/agencies/" + agency + "/learning-hours/below-entitlement").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.size()", equalTo(3))
                .body("items[0].jpShort", equalTo(20));
        as(Tokens.analyst("53")).queryParam("year", 2026)
                .when().get("/api/v1/agencies/" + agency + "/learning-hours").then().statusCode(403);
        as(Tokens.analyst("73")).queryParam("year", 2027)
                .when().get("/api/v1/employees/" + nips.get(0) + "/learning-hours").then().statusCode(200)
                .body("jpCredited", equalTo(0));
        put(participants(id) + "/" + nips.get(3) + "/scores", Tokens.admin(), Map.of("postTest", 90))
                .statusCode(409).body("detail", containsString("is COMPLETED"));
    }

    @Test
    void expensesRealiseTheBudgetAndGiveTheCostPerParticipant() {
        String agency = ProgramFixtures.agency("73.71");
        String draft = ProgramFixtures.draft(ProgramFixtures.plan("73.71", agency));
        Map<String, Object> venue = Map.of("category", "VENUE", "amount", 7_500_000, "date", "2026-03-02",
                "note", "Aula BKPSDM");
        post(PROGRAMS + "/" + draft + "/expenses", Tokens.admin(), venue)
                .statusCode(409).body("detail", containsString("is DRAFT"));

        String id = scheduled(agency, 30);
        post(participants(id), Tokens.admin(), Map.of("nip", ProgramFixtures.employee(agency))).statusCode(201);
        post(participants(id), Tokens.admin(), Map.of("nip", ProgramFixtures.employee(agency))).statusCode(201);
        post(participants(id), Tokens.admin(), Map.of("nip", ProgramFixtures.employee(agency))).statusCode(201);
        String location = post(PROGRAMS + "/" + id + "/expenses", Tokens.operator("73"), venue).statusCode(201)
                .body("amount", equalTo(7_500_000)).extract().header("Location");
        as(Tokens.analyst("73")).when().get(location).then().statusCode(200)
                .body("note", equalTo("Aula BKPSDM"));
        post(PROGRAMS + "/" + id + "/expenses", Tokens.admin(), Map.of("category", "HONORARIUM", "amount", 2_500_001,
                "date", "2026-03-03")).statusCode(201);
        post(PROGRAMS + "/" + id + "/expenses", Tokens.admin(), Map.of("category", "HONORARIUM", "amount", 0,
                "date", "2026-03-03")).statusCode(400).body("violations[0].field", equalTo("amount"));
        post(PROGRAMS + "/" + id + "/expenses", Tokens.operator("53"), venue).statusCode(403);

        as(Tokens.analyst("73")).when().get(PROGRAMS + "/" + id).then()
                .body("budget.planned", equalTo(45_000_000))
                .body("budget.realised", equalTo(10_000_001))
                .body("budget.remaining", equalTo(34_999_999))
                .body("budget.costPerParticipant", equalTo(3_333_334))
                .body("budget.costPerCompletedParticipant", nullValue());
        as(Tokens.analyst("73")).queryParam("sort", "amount,desc")
                .when().get(PROGRAMS + "/" + id + "/expenses").then()
                .body("total", equalTo(2))
                .body("items.category", contains("VENUE", "HONORARIUM"));
        JsonNode expense = Topics.awaitEvents(Topics.PROGRAMS, id, 6, Duration.ofSeconds(20)).get(5).value();
        assertEquals("ExpenseRecorded", expense.path("type").asText());
        assertEquals(10_000_001L, expense.path("data").path("realisedBudget").asLong());
        EventContract.assertValid(expense);
    }

    private static ValidatableResponse importCsv(String path, String csv, boolean dryRun) {
        return upload(path, Tokens.operator("73"), csv.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    @Test
    void aFileOfEnrolmentsIsAllOrNothingListingEveryBadRowByLine() {
        String agency = ProgramFixtures.agency("73.71");
        String first = ProgramFixtures.employee(agency);
        String second = ProgramFixtures.employee(agency);
        String third = ProgramFixtures.employee(agency);
        String id = scheduled(agency, 3);
        String path = participants(id) + "/import";

        Refusal.of(ProblemType.INVALID_ROWS, "NIP").check(() -> count(id),
                        () -> importCsv(path, "\uFEFFNIP;Nama\r\n" + first + ";Siti\r\n" + second + ";Rahma\r\n12345;X\r\n"
                                + "199001012015011999;Y\r\n" + first + ";Siti lagi\r\n", false))
                .body("violations.line", contains(4, 5, 6))
                .body("violations.field", contains("NIP", "NIP", "NIP"))
                .body("violations[0].message", equalTo("must be 18 digits, or grouped as 19671110 199203 1 001"))
                .body("violations[1].message", containsString("not in the register"))
                .body("violations[2].message", containsString("repeats line 2"));
        assertEquals(0, count(id));

        importCsv(path, "nip\n" + first + "\n" + second + "\n", true)
                .statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(2));
        assertEquals(0, count(id));
        importCsv(path, "nip\n" + first + "\n" + second + "\n", false)
                .statusCode(200).body("dryRun", equalTo(false)).body("created", equalTo(2));
        assertEquals(2, count(id));

        String fourth = ProgramFixtures.employee(agency);
        Refusal.of(ProblemType.INVALID_ROWS, "nip").check(() -> count(id),
                        () -> importCsv(path, "nip\n" + third + "\n" + fourth + "\n" + first + "\n", false))
                .body("violations.line", contains(3, 4))
                .body("violations[0].message", containsString("is full"))
                .body("violations[1].message", containsString("already enrolled"));
        assertEquals(2, count(id));
        importCsv(path, "name\nSiti\n", false).statusCode(400).body("detail", containsString("nip"));
    }

    @Test
    void attendanceAndScoresComeFromFilesAllOrNothing() {
        String agency = ProgramFixtures.agency("73.71");
        String first = ProgramFixtures.employee(agency);
        String second = ProgramFixtures.employee(agency);
        String id = scheduled(agency, 30);
        post(participants(id), Tokens.admin(), Map.of("nip", first)).statusCode(201);
        post(participants(id), Tokens.admin(), Map.of("nip", second)).statusCode(201);
        String attendance = participants(id) + "/attendance/import";
        Refusal.of(ProblemType.CONFLICT).check(() -> read(participants(id) + "/" + first),
                        () -> importCsv(attendance, "nip,session,present\n" + first + ",1,ya\n", false))
                .body("detail", containsString("is SCHEDULED"));
        moveTo(id, "RUNNING");

        Refusal.of(ProblemType.INVALID_ROWS, "sesi").check(() -> read(participants(id) + "/" + first),
                        () -> importCsv(attendance, "nip,sesi,hadir\n" + first + ",1,ya\n" + first + ",2,tidak\n"
                                + second + ",9,1\n" + second + ",1,mungkin\n" + first + ",1,hadir\n", false))
                .body("violations.line", contains(4, 5, 6))
                .body("violations.field", contains("sesi", "hadir", "sesi"));
        as(Tokens.admin()).when().get(participants(id) + "/" + first).then()
                .body("attendedJp", equalTo(0));
        importCsv(attendance, "nip,session,present\n" + first + ",1,ya\n" + first + ",2,1\n" + second + ",1,TRUE\n",
                false)
                .statusCode(200).body("created", equalTo(3));
        importCsv(attendance, "nip,session,present\n" + first + ",1,ya\n" + first + ",2,0\n", false)
                .statusCode(200).body("unchanged", equalTo(1)).body("updated", equalTo(1));
        as(Tokens.admin()).when().get(participants(id) + "/" + first).then()
                .body("attendedJp", equalTo(8));

        String scores = participants(id) + "/scores/import";
        Refusal.of(ProblemType.INVALID_ROWS, "post_test").check(() -> read(participants(id) + "/" + first),
                        () -> importCsv(scores, "nip;pre_test;post_test\n" + first + ";40;72,5\n" + second + ";;101\n"
                                + "199001012015011999;50;60\n", false))
                .body("violations.line", contains(3, 4))
                .body("violations[0].field", equalTo("post_test"));
        importCsv(scores, "nip;pre_test;post_test\n" + first + ";40;72,5\n" + second + ";55;\n", false)
                .statusCode(200).body("updated", equalTo(2));
        as(Tokens.admin()).when().get(participants(id) + "/" + first).then()
                .body("preTest", equalTo(40.0f))
                .body("postTest", equalTo(72.5f));
        Refusal.byRole().check(() -> read(participants(id) + "/" + first),
                () -> upload(scores, Tokens.analyst("73"), "nip\n"));
    }

    private static void attend(String programId, String nip, int... sessions) {
        for (int session : sessions) {
            put(participants(programId) + "/" + nip + "/attendance/" + session, Tokens.admin(), Map.of("present", true))
                    .statusCode(200);
        }
    }

    private static void score(String programId, String nip, double postTest) {
        put(participants(programId) + "/" + nip + "/scores", Tokens.admin(), Map.of("postTest", postTest))
                .statusCode(200);
    }
}
