package id.simonev.programs.program;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static id.simonev.programs.program.ProgramFixtures.move;
import static id.simonev.programs.program.ProgramFixtures.moveTo;
import static id.simonev.testing.Http.get;
import static id.simonev.testing.Http.put;
import static id.simonev.testing.Http.read;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.EventContract;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The office's estimate of a program's benefits (level 5 of its evaluation, issue 18): entered by
 * admins, operators and analysts of the program's region, kept with its history, announced as
 * {@code BenefitEstimated}, and refused when wrong.
 */
@QuarkusTest
class BenefitEstimateTests {

    private static final String SURVEY = "Waktu respon aduan turun dari 6 ke 3 hari untuk 1.200 aduan setahun; "
            + "2 jam kerja staf dihemat per aduan x Rp 75.000 per jam";
    private static final String REVISED = "Survei pasca pelatihan: 3 jam kerja staf dihemat per aduan, bukan 2";
    private static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    private static String organiser;

    /** A program of Makassar, moved on as an admin through each of {@code statuses}. */
    private static String program(String... statuses) {
        if (organiser == null) {
            organiser = ProgramFixtures.agency("73.71");
        }
        String id = ProgramFixtures.draft(ProgramFixtures.plan("73.71", organiser));
        moveTo(id, statuses);
        return id;
    }

    private static String estimate(String programId) {
        return PROGRAMS + "/" + programId + "/benefit-estimate";
    }

    private static String code(String programId) {
        return get(PROGRAMS + "/" + programId, Tokens.admin()).statusCode(200).extract().path("code");
    }

    private static Map<String, Object> body(Object amount, String method) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("method", method);
        return body;
    }

    /**
     * The program's {@code BenefitEstimated} events, once it has announced {@code announced} events
     * in all, and no more than {@code estimates} of them: each checked against the contract.
     */
    private static List<JsonNode> estimated(String programId, int announced, int estimates) {
        Topics.awaitEvents(Topics.PROGRAMS, programId, announced, Duration.ofSeconds(20));
        List<JsonNode> events = Topics.eventsSoFar(Topics.PROGRAMS, programId).stream().map(Topics.Event::value)
                .filter(event -> event.path("type").asText().equals("BenefitEstimated")).toList();
        assertEquals(estimates, events.size(), "BenefitEstimated events of program " + programId + ": " + events);
        events.forEach(EventContract::assertValid);
        return events;
    }

    /** A 400 whose violations name {@code field} alone. */
    private static void refusedNaming(String field, Supplier<String> state, String programId, Object body) {
        Refusal.of(ProblemType.INVALID_REQUEST, field)
                .check(state, () -> put(estimate(programId), Tokens.admin(), body))
                .body("violations.field", contains(field));
    }

    @Test
    void anOperatorEntersTheFirstEstimateOfAScheduledProgramAndItIsAnnouncedKeyedByTheProgram() {
        String id = program("SCHEDULED");
        get(estimate(id), Tokens.analyst("73")).statusCode(200)
                .body("programId", equalTo(id))
                .body("current", nullValue())
                .body("history", empty());

        put(estimate(id), Tokens.operator("73.71"), body(180_000_000, SURVEY)).statusCode(200)
                .body("programId", equalTo(id))
                .body("current.amount", equalTo(180_000_000))
                .body("current.method", equalTo(SURVEY))
                .body("current.estimatedBy", equalTo("operator@test"))
                .body("current.estimatedAt", notNullValue())
                .body("history", empty());

        get(estimate(id), Tokens.analyst("73")).statusCode(200)
                .body("current.amount", equalTo(180_000_000))
                .body("current.estimatedBy", equalTo("operator@test"))
                .body("history", empty());
        JsonNode event = estimated(id, 2, 1).get(0);
        assertEquals(id, event.path("aggregateId").asText());
        assertEquals("73.71", event.path("region").asText());
        assertEquals("programs-service", event.path("source").asText());
        JsonNode data = event.path("data");
        assertEquals(id, data.path("programId").asText());
        assertEquals(180_000_000L, data.path("amount").asLong());
        assertEquals(SURVEY, data.path("method").asText());
        assertEquals("operator@test", data.path("estimatedBy").asText());
        assertTrue(data.has("previousAmount") && data.get("previousAmount").isNull(),
                "the first estimate replaces none: " + data);
    }

    @Test
    void aChangedEstimateKeepsTheEarlierOneAsHistoryAndAnnouncesThePreviousAmountButTheSameOneChangesNothing() {
        String id = program("SCHEDULED", "RUNNING", "COMPLETED");
        String first = put(estimate(id), Tokens.admin(), body(150_000_000, SURVEY)).statusCode(200)
                .extract().path("current.estimatedAt");

        put(estimate(id), Tokens.operator("73"), body(150_000_000, "  " + SURVEY + "\n")).statusCode(200)
                .body("current.estimatedBy", equalTo("admin@test"))
                .body("current.estimatedAt", equalTo(first))
                .body("history", empty());
        put(estimate(id), Tokens.analyst("73.71"), body(210_000_000, REVISED)).statusCode(200)
                .body("current.amount", equalTo(210_000_000))
                .body("current.method", equalTo(REVISED))
                .body("current.estimatedBy", equalTo("analyst@test"))
                .body("history.amount", contains(150_000_000))
                .body("history[0].method", equalTo(SURVEY))
                .body("history[0].estimatedBy", equalTo("admin@test"))
                .body("history[0].estimatedAt", equalTo(first));

        get(estimate(id), Tokens.operator("73.71")).statusCode(200)
                .body("current.amount", equalTo(210_000_000))
                .body("history.amount", contains(150_000_000));
        // Had the repeated estimate been announced, it would have come between these two.
        List<JsonNode> events = estimated(id, 5, 2);
        assertTrue(events.get(0).path("data").path("previousAmount").isNull());
        assertEquals(150_000_000L, events.get(0).path("data").path("amount").asLong());
        assertEquals(210_000_000L, events.get(1).path("data").path("amount").asLong());
        assertEquals(150_000_000L, events.get(1).path("data").path("previousAmount").asLong());
        assertEquals(REVISED, events.get(1).path("data").path("method").asText());
        assertEquals("analyst@test", events.get(1).path("data").path("estimatedBy").asText());
    }

    @Test
    void theAmountRunsFromNothingToAThousandTrillionRupiah() {
        String id = program("SCHEDULED", "RUNNING");

        put(estimate(id), Tokens.admin(), body(0, SURVEY)).statusCode(200).body("current.amount", equalTo(0));
        put(estimate(id), Tokens.admin(), body(MAX_AMOUNT, SURVEY)).statusCode(200)
                .body("current.amount", equalTo(MAX_AMOUNT))
                .body("history.amount", contains(0));

        List<JsonNode> events = estimated(id, 4, 2);
        assertEquals(MAX_AMOUNT, events.get(1).path("data").path("amount").asLong());
        assertEquals(0, events.get(1).path("data").path("previousAmount").asLong());
    }

    @Test
    void anAnalystMayEstimateInItsRegionsButNobodyOutsideThemAndNothingIsWritten() {
        String id = program("SCHEDULED", "RUNNING");
        Supplier<String> state = () -> read(estimate(id));

        Refusal.outsideRegions().check(state, () -> put(estimate(id), Tokens.analyst("53"), body(9_000_000, SURVEY)))
                .body("detail", startsWith("Your token does not cover region 73.71"));
        Refusal.outsideRegions().check(state,
                () -> put(estimate(id), Tokens.operator("31.71"), body(9_000_000, SURVEY)));
        Refusal.byRole().check(state, () -> put(estimate(id), Tokens.token("citizen", Set.of(), List.of("73")),
                body(9_000_000, SURVEY)));
        Refusal.outsideRegions().check(() -> get(estimate(id), Tokens.analyst("53.71")));

        put(estimate(id), Tokens.analyst("73"), body(95_000_000, SURVEY)).statusCode(200)
                .body("current.estimatedBy", equalTo("analyst@test"));
        JsonNode event = estimated(id, 3, 1).get(0);
        assertEquals(95_000_000L, event.path("data").path("amount").asLong());
        assertTrue(event.path("data").path("previousAmount").isNull());
    }

    @Test
    void aDraftOrCancelledProgramRefusesAnEstimateWithA409NamingItsStateAndAnUnknownOneIsA404() {
        String draft = program();
        Refusal.of(ProblemType.CONFLICT).check(() -> read(estimate(draft)),
                        () -> put(estimate(draft), Tokens.admin(), body(9_000_000, SURVEY)))
                .body("detail", equalTo("Program " + code(draft) + " is DRAFT: only a scheduled, running or "
                        + "completed program's benefits are estimated"));

        String cancelled = program("SCHEDULED");
        put(estimate(cancelled), Tokens.admin(), body(40_000_000, SURVEY)).statusCode(200);
        move(cancelled, Tokens.admin(), "CANCELLED", "Anggaran dialihkan").statusCode(200);
        Refusal.of(ProblemType.CONFLICT).check(() -> read(estimate(cancelled)),
                        () -> put(estimate(cancelled), Tokens.operator("73.71"), body(90_000_000, REVISED)))
                .body("detail", equalTo("Program " + code(cancelled) + " is CANCELLED: only a scheduled, running "
                        + "or completed program's benefits are estimated"));
        get(estimate(cancelled), Tokens.admin()).statusCode(200)
                .body("current.amount", equalTo(40_000_000))
                .body("history", empty());
        estimated(cancelled, 3, 1);

        String unknown = UUID.randomUUID().toString();
        Refusal.of(ProblemType.NOT_FOUND).check(() -> read(estimate(unknown)),
                () -> put(estimate(unknown), Tokens.admin(), body(9_000_000, SURVEY)));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> get(estimate(unknown), Tokens.admin()));
    }

    @Test
    void aBadEstimateIsA400NamingTheFieldAndWritesNothing() {
        String id = program("SCHEDULED");
        Supplier<String> state = () -> read(estimate(id));

        refusedNaming("amount", state, id, body(-1, SURVEY));
        refusedNaming("amount", state, id, body(MAX_AMOUNT + 1, SURVEY));
        refusedNaming("amount", state, id, body("1000", SURVEY));
        refusedNaming("amount", state, id, body(1.5, SURVEY));
        refusedNaming("amount", state, id, Map.of("method", SURVEY));
        refusedNaming("method", state, id, Map.of("amount", 1000));
        refusedNaming("method", state, id, body(1000, "kira-kira"));
        refusedNaming("method", state, id, body(1000, "    kira-kira    "));
        refusedNaming("method", state, id, body(1000, "x".repeat(4001)));
        Map<String, Object> withBasis = body(1000, SURVEY);
        withBasis.put("basis", "survei");
        Refusal.of(ProblemType.INVALID_REQUEST, "basis")
                .check(state, () -> put(estimate(id), Tokens.admin(), withBasis))
                .body("violations[0].message", startsWith("is not a field of this request"));

        put(estimate(id), Tokens.admin(), body(1000, SURVEY)).statusCode(200).body("history", empty());
        // Had a refused estimate been announced, it would have come before this one.
        assertTrue(estimated(id, 2, 1).get(0).path("data").path("previousAmount").isNull());
    }
}
