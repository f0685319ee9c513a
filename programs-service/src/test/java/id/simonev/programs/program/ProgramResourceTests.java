package id.simonev.programs.program;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static id.simonev.programs.program.ProgramFixtures.move;
import static id.simonev.programs.program.ProgramFixtures.moveTo;
import static id.simonev.testing.Http.read;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.EventContract;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Programs: their plan, their life from draft to completion, and who may do what. */
@QuarkusTest
class ProgramResourceTests {

    private static String organiser;

    /** A plan in the region, organised by an agency of Makassar. */
    static Map<String, Object> program(String regionCode) {
        if (organiser == null) {
            organiser = ProgramFixtures.agency("73.71");
        }
        return ProgramFixtures.plan(regionCode, organiser);
    }

    static ValidatableResponse post(String token, Object body) {
        return Http.post(PROGRAMS, token, body);
    }

    /** A 400 whose violations name {@code field}. */
    private static Refusal invalid(String field) {
        return Refusal.of(ProblemType.INVALID_REQUEST, field);
    }

    /** What an admin is answered for the list of programs with {@code query}. */
    private static ValidatableResponse list(Map<String, ?> query) {
        return Http.as(Tokens.admin()).queryParams(query).when().get(PROGRAMS).then();
    }

    private static long total() {
        return given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void anOperatorDraftsAProgramInItsRegionAndCanReadItsWholePlanBack() {
        Map<String, Object> program = program("73.71");
        String id = post(Tokens.operator("73.71"), program)
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("code", equalTo(program.get("code")))
                .body("status", equalTo("DRAFT"))
                .body("jp", equalTo(40))
                .body("classical", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(Tokens.analyst("73")).when().get(PROGRAMS + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Pelatihan Pelayanan Prima"))
                .body("regionCode", equalTo("73.71"))
                .body("competencyType", equalTo("TEKNIS"))
                .body("organisingAgencyCode", equalTo(organiser))
                .body("sessions.number", contains(1, 2, 3, 4, 5))
                .body("sessions[0].date", equalTo("2026-03-02"))
                .body("capacity", equalTo(30))
                .body("passingScore", equalTo(70.0f))
                .body("budget.planned", equalTo(45_000_000))
                .body("budget.realised", equalTo(0))
                .body("budget.remaining", equalTo(45_000_000))
                .body("budget.costPerParticipant", nullValue())
                .body("history.to", contains("DRAFT"));
    }

    @Test
    void aDraftIsAnnouncedOnlyWhenScheduledWithItsWholePlanKeyedByItsIdAndTrueToItsContract() {
        String unitAgency = ProgramFixtures.agency("11.02");
        String unit = ProgramFixtures.serviceUnit(unitAgency);
        Map<String, Object> program = program("11.02");
        program.put("targetAgencyCodes", List.of(unitAgency));
        program.put("expectedOutcomes", List.of(
                Map.of("indicatorCode", "IKU-RESPON-ADUAN", "agencyCode", unitAgency, "expectedChange", "DECREASE"),
                Map.of("serviceUnitCode", unit, "expectedChange", "INCREASE")));
        String id = post(Tokens.admin(), program).statusCode(201).extract().path("id");
        moveTo(id, "SCHEDULED");

        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, id, 1, Duration.ofSeconds(20)).get(0);

        assertEquals(id, event.key());
        assertEquals("ProgramScheduled", event.value().path("type").asText());
        assertEquals("programs-service", event.value().path("source").asText());
        assertEquals(id, event.value().path("aggregateId").asText());
        assertEquals("11.02", event.value().path("region").asText());
        assertEquals(program.get("code"), event.value().path("data").path("code").asText());
        assertEquals(40, event.value().path("data").path("jp").asInt());
        assertEquals("SCHEDULED", event.value().path("data").path("status").asText());
        assertEquals(unit,
                event.value().path("data").path("expectedOutcomes").path(1).path("serviceUnitCode").asText());
        assertEquals("DECREASE", event.value().path("data").path("expectedOutcomes").path(0).path("expectedChange")
                .asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void aProgramGoesFromDraftToCompletedAndEachMoveIsKeptAndAnnounced() {
        String id = ProgramFixtures.draft(program("73.71"));

        moveTo(id, "SCHEDULED", "RUNNING");
        move(id, Tokens.operator("73"), "COMPLETED", null)
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("history.to", contains("DRAFT", "SCHEDULED", "RUNNING", "COMPLETED"))
                .body("history[3].from", equalTo("RUNNING"));

        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, id, 3, Duration.ofSeconds(20));
        assertEquals(List.of("ProgramScheduled", "ProgramStatusChanged", "ProgramStatusChanged"),
                events.stream().map(e -> e.value().path("type").asText()).toList());
        assertEquals("COMPLETED", events.get(2).value().path("data").path("to").asText());
        events.forEach(e -> EventContract.assertValid(e.value()));
    }

    @Test
    void aProgramCannotCompleteBeforeItsLastSessionAndSaysOnWhichDate() {
        Map<String, Object> program = program("73.71");
        LocalDate start = LocalDate.now().plusDays(3);
        program.put("startDate", start.toString());
        program.put("endDate", start.plusDays(10).toString());
        program.put("sessions", List.of(Map.of("date", start.toString(), "jp", 8),
                Map.of("date", start.plusDays(7).toString(), "jp", 8)));
        String id = ProgramFixtures.draft(program);
        moveTo(id, "SCHEDULED", "RUNNING");

        Refusal.of(ProblemType.CONFLICT).check(() -> read(PROGRAMS + "/" + id),
                        () -> move(id, Tokens.admin(), "COMPLETED", null))
                .body("detail", equalTo("Program " + program.get("code") + " cannot complete before its last "
                        + "session on " + start.plusDays(7) + "; if it ended early, change its plan first"));

        given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS + "/" + id)
                .then().body("status", equalTo("RUNNING"))
                .body("history.to", contains("DRAFT", "SCHEDULED", "RUNNING"));
    }

    @Test
    void anIllegalMoveIsA409NamingTheCurrentStateAndChangesNothing() {
        String id = ProgramFixtures.draft(program("73.71"));

        Refusal.of(ProblemType.CONFLICT).check(() -> read(PROGRAMS + "/" + id),
                        () -> move(id, Tokens.admin(), "RUNNING", null))
                .body("detail", startsWith("Program " + "PKP-"))
                .body("detail", containsString("is DRAFT and cannot become RUNNING"));
        moveTo(id, "SCHEDULED", "RUNNING", "COMPLETED");
        Refusal.of(ProblemType.CONFLICT).check(() -> read(PROGRAMS + "/" + id),
                        () -> move(id, Tokens.admin(), "CANCELLED", "too late"))
                .body("detail", containsString("is COMPLETED and cannot become CANCELLED"));
        given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS + "/" + id)
                .then().body("status", equalTo("COMPLETED"));
    }

    @Test
    void cancellingNeedsAReasonAndIsPossibleFromAnyStateBeforeCompletion() {
        String draft = ProgramFixtures.draft(program("73.71"));
        Refusal.of(ProblemType.INVALID_REQUEST, "reason").check(() -> read(PROGRAMS + "/" + draft),
                        () -> move(draft, Tokens.admin(), "CANCELLED", " "))
                .body("violations[0].field", equalTo("reason"));
        move(draft, Tokens.admin(), "CANCELLED", "Narasumber berhalangan").statusCode(200)
                .body("history[1].reason", equalTo("Narasumber berhalangan"));

        String running = ProgramFixtures.draft(program("73.71"));
        moveTo(running, "SCHEDULED", "RUNNING");
        move(running, Tokens.admin(), "CANCELLED", "Anggaran dialihkan").statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void aMoveOutsideTheCallersRegionsOrByAnAnalystIsA403() {
        String id = ProgramFixtures.draft(program("73.71"));

        String other = UUID.randomUUID().toString();
        Supplier<String> state = () -> read(PROGRAMS + "/" + id) + read(PROGRAMS + "/" + other);

        Refusal.outsideRegions().check(state, () -> move(id, Tokens.operator("53"), "SCHEDULED", null));
        Refusal.byRole().check(state, () -> move(id, Tokens.analyst("73"), "SCHEDULED", null));
        Refusal.of(ProblemType.INVALID_REQUEST, "status")
                .check(state, () -> move(id, Tokens.admin(), "SLEEPING", null));
        Refusal.of(ProblemType.NOT_FOUND).check(state, () -> move(other, Tokens.admin(), "SCHEDULED", null));
    }

    @Test
    void theScheduleOfAScheduledProgramChangesAndIsAnnouncedButACompletedOneIsRefused() {
        Map<String, Object> program = program("73.71");
        String id = ProgramFixtures.draft(program);
        moveTo(id, "SCHEDULED");
        program.put("endDate", "2026-03-09");
        program.put("sessions", List.of(Map.of("date", "2026-03-09", "jp", 6), Map.of("date", "2026-03-02", "jp", 8)));

        Http.put(PROGRAMS + "/" + id, Tokens.operator("73"), program)
                .statusCode(200)
                .body("jp", equalTo(14))
                .body("sessions.date", contains("2026-03-02", "2026-03-09"));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, id, 2, Duration.ofSeconds(20));
        assertEquals("ProgramUpdated", events.get(1).value().path("type").asText());
        assertEquals(14, events.get(1).value().path("data").path("jp").asInt());
        EventContract.assertValid(events.get(1).value());

        moveTo(id, "RUNNING", "COMPLETED");
        program.put("title", "Diganti");
        Refusal.of(ProblemType.CONFLICT).check(() -> read(PROGRAMS + "/" + id),
                        () -> Http.put(PROGRAMS + "/" + id, Tokens.admin(), program))
                .body("detail", containsString("is COMPLETED"));
        given().auth().oauth2(Tokens.admin()).when().get(PROGRAMS + "/" + id)
                .then().body("title", equalTo("Pelatihan Pelayanan Prima"));
    }

    @Test
    void theEvaluationDesignIsFixedOnceTheProgramRuns() {
        String unit = ProgramFixtures.serviceUnit(ProgramFixtures.agency("73.71"));
        Map<String, Object> program = program("73.71");
        program.put("expectedOutcomes", List.of(Map.of("serviceUnitCode", unit, "expectedChange", "INCREASE")));
        String id = ProgramFixtures.draft(program);
        moveTo(id, "SCHEDULED", "RUNNING");

        program.put("expectedOutcomes", List.of());
        Refusal.of(ProblemType.CONFLICT).check(() -> read(PROGRAMS + "/" + id),
                        () -> Http.put(PROGRAMS + "/" + id, Tokens.admin(), program))
                .body("detail", containsString("expected outcomes were fixed"));
        program.put("expectedOutcomes", List.of(Map.of("serviceUnitCode", unit, "expectedChange", "INCREASE")));
        program.put("title", "Pelatihan Pelayanan Prima Angkatan II");
        Http.put(PROGRAMS + "/" + id, Tokens.admin(), program)
                .statusCode(200)
                .body("expectedOutcomes[0].serviceUnitCode", equalTo(unit));
    }

    @Test
    void badPlansAreRefusedNamingTheField() {
        Map<String, Object> outside = program("73.71");
        outside.put("sessions", List.of(Map.of("date", "2026-04-01", "jp", 8)));
        invalid("sessions[0].date").check(ProgramResourceTests::total, () -> post(Tokens.admin(), outside))
                .body("violations[0].field", equalTo("sessions[0].date"));

        Map<String, Object> noSessions = program("73.71");
        noSessions.put("sessions", List.of());
        invalid("sessions").check(ProgramResourceTests::total, () -> post(Tokens.admin(), noSessions))
                .body("violations[0].field", equalTo("sessions"));

        Map<String, Object> longDay = program("73.71");
        longDay.put("sessions", List.of(Map.of("date", "2026-03-02", "jp", 17)));
        invalid("sessions[0].jp").check(ProgramResourceTests::total, () -> post(Tokens.admin(), longDay))
                .body("violations[0].field", equalTo("sessions[0].jp"));

        Map<String, Object> score = program("73.71");
        score.put("passingScore", 100.5);
        invalid("passingScore").check(ProgramResourceTests::total, () -> post(Tokens.admin(), score))
                .body("violations[0].field", equalTo("passingScore"));

        Map<String, Object> both = program("73.71");
        both.put("expectedOutcomes", List.of(Map.of("indicatorCode", "IKU-1", "serviceUnitCode", "PKM-1",
                "expectedChange", "INCREASE")));
        invalid("expectedOutcomes[0]").check(ProgramResourceTests::total, () -> post(Tokens.admin(), both))
                .body("violations[0].field", equalTo("expectedOutcomes[0]"));

        Map<String, Object> unknownUnit = program("73.71");
        unknownUnit.put("expectedOutcomes", List.of(Map.of("serviceUnitCode", "PKM-NOWHERE", "expectedChange",
                "INCREASE")));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "expectedOutcomes[0].serviceUnitCode")
                .check(ProgramResourceTests::total, () -> post(Tokens.admin(), unknownUnit));

        Map<String, Object> unknownAgency = program("73.71");
        unknownAgency.put("organisingAgencyCode", "NO-SUCH-AGENCY");
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "organisingAgencyCode")
                .check(ProgramResourceTests::total, () -> post(Tokens.admin(), unknownAgency));

        Map<String, Object> noCompetency = program("73.71");
        noCompetency.remove("competencyType");
        invalid("competencyType").check(ProgramResourceTests::total, () -> post(Tokens.admin(), noCompetency))
                .body("violations[0].field", equalTo("competencyType"));
    }

    @Test
    void theSeededRegionsAreAnnouncedAsRegionRegistered() {
        Topics.Event makassar = Topics.awaitEventsFromTheBeginning(Topics.PROGRAMS, "73.71", 1, Duration.ofSeconds(20))
                .get(0);

        assertEquals("RegionRegistered", makassar.value().path("type").asText());
        assertEquals("Kota Makassar", makassar.value().path("data").path("name").asText());
        assertEquals("73", makassar.value().path("data").path("parentCode").asText());
        EventContract.assertValid(makassar.value());
    }

    @Test
    void aMissingFieldIsA400NamingItAndWritesNothing() {
        long before = total();
        Map<String, Object> program = program("73.71");
        program.remove("title");

        invalid("title").check(ProgramResourceTests::total, () -> post(Tokens.admin(), program))
                .body("violations.field", contains("title"))
                .body("violations[0].message", equalTo("must not be blank"));
        assertEquals(before, total());
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        Map<String, Object> program = program("73.71");
        program.put("capacity", "forty");

        invalid("capacity").check(ProgramResourceTests::total, () -> post(Tokens.admin(), program))
                .body("violations[0].field", equalTo("capacity"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void aNumberTooLargeOrTextWithANulCharacterIsA400() {
        Map<String, Object> tooLarge = program("73.71");
        tooLarge.put("capacity", 99999999999L);
        invalid("capacity").check(ProgramResourceTests::total, () -> post(Tokens.admin(), tooLarge));

        Map<String, Object> nul = program("73.71");
        nul.put("title", "Pelatihan\u0000");
        invalid("title").check(ProgramResourceTests::total, () -> post(Tokens.admin(), nul))
                .body("violations[0].field", equalTo("title"))
                .body("violations[0].message", equalTo("must not hold the NUL character"));
    }

    @Test
    void anUnknownFormatIsA400ListingTheFormats() {
        Map<String, Object> program = program("73.71");
        program.put("format", "PARTY");

        invalid("format").check(ProgramResourceTests::total, () -> post(Tokens.admin(), program))
                .body("violations[0].field", equalTo("format"))
                .body("violations[0].message", startsWith("must be one of TRAINING, WORKSHOP"));
    }

    @Test
    void aBadDateIsA400NamingTheField() {
        Map<String, Object> program = program("73.71");
        program.put("startDate", "2026-02-30");

        invalid("startDate").check(ProgramResourceTests::total, () -> post(Tokens.admin(), program))
                .body("violations[0].field", equalTo("startDate"))
                .body("violations[0].message", equalTo("must be a date (yyyy-mm-dd)"));
    }

    @Test
    void valuesOutOfRangeAreA400ForEachField() {
        Map<String, Object> program = program("7371");
        program.put("capacity", 0);

        invalid("capacity").check(ProgramResourceTests::total, () -> post(Tokens.admin(), program))
                .body("violations.field", contains("capacity", "regionCode"))
                .body("violations[0].message", equalTo("must be greater than or equal to 1"));
    }

    @Test
    void aDateOutsideTheCivilServicesCenturiesIsA400() {
        Map<String, Object> program = program("73.71");
        program.put("endDate", "+200000-01-01");

        invalid("endDate").check(ProgramResourceTests::total, () -> post(Tokens.admin(), program))
                .body("violations[0].field", equalTo("endDate"))
                .body("violations[0].message", equalTo("must be a date from 1900 to 2100"));
    }

    @Test
    void anEndBeforeTheStartIsA400() {
        Map<String, Object> program = program("73.71");
        program.put("endDate", "2026-03-01");

        invalid("endDate").check(ProgramResourceTests::total, () -> post(Tokens.admin(), program))
                .body("violations[0].field", equalTo("endDate"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400() {
        Refusal.of(ProblemType.INVALID_REQUEST).check(ProgramResourceTests::total,
                        () -> post(Tokens.admin(), "{\"code\": "))
                .body("title", equalTo("The request is invalid"));
    }

    @Test
    void aRegionNotInTheRegisterIsA422AndWritesNothing() {
        long before = total();

        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "regionCode").check(ProgramResourceTests::total,
                () -> post(Tokens.admin(), program("99.99")));
        assertEquals(before, total());
    }

    @Test
    void aSecondProgramWithTheSameCodeIsA409() {
        Map<String, Object> program = program("73.71");
        post(Tokens.admin(), program).statusCode(201);

        Refusal.of(ProblemType.CONFLICT).check(ProgramResourceTests::total, () -> post(Tokens.admin(), program));
    }

    @Test
    void withoutATokenTheAnswerIsA401Problem() {
        Refusal.of(ProblemType.UNAUTHENTICATED).check(ProgramResourceTests::total,
                        () -> given().contentType(ContentType.JSON).body(program("73.71")).when().post(PROGRAMS).then())
                .header("WWW-Authenticate", "Bearer");
        Refusal.of(ProblemType.UNAUTHENTICATED).check(() -> given().when().get(PROGRAMS).then());
    }

    @Test
    void aTokenSignedByAnUnknownKeyOrExpiredIsA401() {
        Refusal.of(ProblemType.UNAUTHENTICATED).check(ProgramResourceTests::total,
                () -> post(Tokens.signedWithUnknownKey(), program("73.71")));
        Refusal.of(ProblemType.UNAUTHENTICATED).check(ProgramResourceTests::total,
                () -> post(Tokens.expired(), program("73.71")));
    }

    @Test
    void anAnalystMayNotDraft() {
        Refusal.byRole().check(ProgramResourceTests::total, () -> post(Tokens.analyst("73"), program("73.71")));
    }

    @Test
    void anOperatorMayNotDraftOutsideItsRegionsAndNothingIsWritten() {
        long before = total();

        Refusal.outsideRegions().check(ProgramResourceTests::total,
                        () -> post(Tokens.operator("11.02"), program("73.71")))
                .body("detail", startsWith("Your token does not cover region 73.71"));
        assertEquals(before, total());
    }

    @Test
    void aProvinceInTheTokenCoversItsKabupatenKota() {
        post(Tokens.operator("31"), ProgramFixtures.plan("31.74", ProgramFixtures.agency("31.74"))).statusCode(201);
    }

    @Test
    void theListHoldsOnlyWhatTheCallerMaySeeAndFiltersByRegionAndYear() {
        post(Tokens.admin(), program("53.71")).statusCode(201);
        Map<String, Object> later = program("53.71");
        later.put("startDate", "2027-01-10");
        later.put("endDate", "2027-01-12");
        later.put("sessions", List.of(Map.of("date", "2027-01-11", "jp", 8)));
        post(Tokens.admin(), later).statusCode(201);
        post(Tokens.admin(), program("31.71")).statusCode(201);

        given().auth().oauth2(Tokens.operator("53.71")).when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items.regionCode", everyItem(equalTo("53.71")))
                .body("items.code", hasItem(later.get("code")));
        given().auth().oauth2(Tokens.analyst("53")).queryParam("year", 2027).when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items.code", equalTo(List.of(later.get("code"))))
                .body("total", equalTo(1));
        Map<String, Object> managerial = ProgramFixtures.plan("53.71", ProgramFixtures.agency("53.71"));
        managerial.put("competencyType", "MANAJERIAL");
        ProgramFixtures.draft(managerial);
        given().auth().oauth2(Tokens.analyst("53")).queryParam("agency", managerial.get("organisingAgencyCode"))
                .when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items.code", equalTo(List.of(managerial.get("code"))));
        given().auth().oauth2(Tokens.analyst("53")).queryParam("competencyType", "MANAJERIAL").when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items.competencyType", everyItem(equalTo("MANAJERIAL")))
                .body("items.code", hasItem(managerial.get("code")));
        given().auth().oauth2(Tokens.admin()).queryParam("region", "31").queryParam("size", 1).when().get(PROGRAMS)
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1))
                .body("page", equalTo(0));
    }

    @Test
    void badPagingAndSortingAreA400() {
        invalid("size").check(() -> list(Map.of("size", 500)))
                .body("violations[0].field", equalTo("size"));
        invalid("page").check(() -> list(Map.of("page", "abc")))
                .body("violations[0].field", equalTo("page"));
        invalid("page").check(() -> list(Map.of("page", 10737419, "size", 200)))
                .body("violations[0].field", equalTo("page"));
        invalid("sort").check(() -> list(Map.of("sort", "salary,desc")))
                .body("violations[0].field", equalTo("sort"));
        invalid("region").check(() -> list(Map.of("region", "Makassar")))
                .body("violations[0].field", equalTo("region"));
        invalid("status").check(() -> list(Map.of("status", "SLEEPING")))
                .body("violations[0].field", equalTo("status"));
        invalid("year").check(() -> list(Map.of("year", "tahun ini")))
                .body("violations[0].field", equalTo("year"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void anUnknownProgramIsA404Problem() {
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(PROGRAMS + "/" + UUID.randomUUID(), Tokens.admin()));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(PROGRAMS + "/not-a-uuid", Tokens.admin()));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndDraftsNothingNew() {
        long before = total();
        Map<String, Object> program = program("73.71");
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(Tokens.operator("73")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(program).when().post(PROGRAMS)
                .then().statusCode(201).extract().path("id");
        String retried = given().auth().oauth2(Tokens.operator("73")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(program).when().post(PROGRAMS)
                .then().statusCode(201).extract().path("id");

        assertEquals(first, retried);
        assertEquals(before + 1, total());
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsA422() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(program("73.71")).when().post(PROGRAMS).then().statusCode(201);

        Map<String, Object> another = program("73.71");
        Refusal.of(ProblemType.UNPROCESSABLE, "Idempotency-Key").check(ProgramResourceTests::total,
                        () -> Http.postOnce(PROGRAMS, Tokens.admin(), key, another))
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }
}
