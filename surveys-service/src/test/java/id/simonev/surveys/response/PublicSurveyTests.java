package id.simonev.surveys.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.Surveys;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A citizen answers an open campaign through its public code, anonymously and without signing in. */
@QuarkusTest
class PublicSurveyTests {

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    private static ValidatableResponse answer(String path, Object sheet) {
        return given().contentType(ContentType.JSON).body(sheet).when().post(path).then();
    }

    private static ValidatableResponse answerOnce(String path, String key, Object sheet) {
        return given().contentType(ContentType.JSON).header(Http.IDEMPOTENCY_KEY, key).body(sheet)
                .when().post(path).then();
    }

    @Test
    void theQuestionnaireShowsTheNineQuestionsWithTheirWordingsWithoutSignIn() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);

        given().when().get("/api/v1/public/surveys/" + campaign.code().toLowerCase()).then().statusCode(200)
                .body("code", equalTo(campaign.code()))
                .body("open", equalTo(true))
                .body("questions", hasSize(9))
                .body("questions[3].wordings", contains("Sangat mahal", "Cukup mahal", "Murah", "Gratis"))
                .body("profile.genders", contains("L", "P"));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> given().when().get("/api/v1/public/surveys/ZZZZ2222").then());
        // A control character in a code is not a code, nor a failure to count it against its limit.
        Refusal.of(ProblemType.NOT_FOUND).check(() -> given().urlEncodingEnabled(false).when()
                .get("/api/v1/public/surveys/%00").then());
        given().urlEncodingEnabled(false).when().get("/s/ZZZZ%002222").then().statusCode(404);
    }

    @Test
    void aCitizensAnswerIsStoredAndAnnouncedWithItsCampaignAndNoName() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.KUPANG_UNIT);
        Map<String, Object> sheet = Surveys.sheet(4, 3, 3, 4, 3, 4, 4, 2, 3);
        sheet.remove("surveyDate");
        sheet.put("suggestion", "Ruang tunggu agak panas");

        String id = answer(campaign.publicResponses(), sheet).statusCode(201)
                .body("surveyDate", equalTo(OfficeDate.today().toString()))
                .body("channel", equalTo("PUBLIC"))
                .body("answers.U8", equalTo(2))
                .extract().path("id");

        Topics.Event event = Topics.awaitEvents(Topics.SURVEYS, campaign.id(), 2, Duration.ofSeconds(20)).get(1);
        assertEquals("SurveyResponseSubmitted", event.value().path("type").asText());
        assertEquals(id, event.value().path("data").path("responseId").asText());
        assertEquals(campaign.id(), event.value().path("data").path("campaignId").asText());
        assertEquals("DINKES-KPG", event.value().path("data").path("agencyCode").asText());
        assertEquals(30, event.value().path("data").path("indexPoints").asInt());
        assertEquals(9, event.value().path("data").path("indexDenominator").asInt());
        assertFalse(event.value().toString().contains("Ruang tunggu"));
        EventContract.assertValid(event.value());
        Http.get(campaign.responses() + "/" + id, Tokens.operator("53.71")).statusCode(200)
                .body("suggestion", equalTo("Ruang tunggu agak panas"));
    }

    @Test
    void aDoubleTapWithOneIdempotencyKeyIsStoredOnce() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        String key = UUID.randomUUID().toString();

        String first = answerOnce(campaign.publicResponses(), key, Surveys.sheet()).statusCode(201)
                .extract().path("id");
        String second = answerOnce(campaign.publicResponses(), key, Surveys.sheet()).statusCode(201)
                .extract().path("id");

        assertEquals(first, second);
        assertEquals(1, Surveys.responsesOf(campaign.id()));
    }

    @Test
    void aNameOrAPhoneIsRefusedNotDroppedBecauseResponsesAreAnonymous() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Map<String, Object> named = Surveys.sheet();
        named.put("name", "Andi Baso");
        Refusal.of(ProblemType.INVALID_REQUEST, "name")
                .check(() -> Surveys.responsesOf(campaign.id()), () -> answer(campaign.publicResponses(), named));

        Map<String, Object> phoned = Surveys.sheet();
        phoned.put("respondent", Map.of("gender", "L", "phone", "081234567890"));
        Refusal.of(ProblemType.INVALID_REQUEST, "respondent.phone")
                .check(() -> Surveys.responsesOf(campaign.id()), () -> answer(campaign.publicResponses(), phoned));
    }

    @Test
    void answersAreMatchedByCodeAndEveryMissingUnknownOrOffScaleAnswerIsNamed() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Map<String, Object> sheet = Surveys.sheet();
        Surveys.answers(sheet).remove("U3");
        Surveys.answers(sheet).put("U2", 5);
        Surveys.answers(sheet).put("U10", 4);

        Refusal.of(ProblemType.INVALID_REQUEST, "answers.U3")
                .check(() -> Surveys.responsesOf(campaign.id()), () -> answer(campaign.publicResponses(), sheet))
                .body("violations.field", contains("answers.U10", "answers.U2", "answers.U3"))
                .body("violations[1].message", equalTo("must be a whole number from 1 to 4"));
        Map<String, Object> fraction = Surveys.sheet();
        Surveys.answers(fraction).put("U3", 3.5);
        Refusal.of(ProblemType.INVALID_REQUEST, "answers.U3")
                .check(() -> Surveys.responsesOf(campaign.id()), () -> answer(campaign.publicResponses(), fraction))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void aClosedCampaignOrOneOutsideItsDatesTakesNoAnswerAndSaysWhy() {
        Surveys.Opened closed = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Http.post(Surveys.CAMPAIGNS + "/" + closed.id() + "/close", Tokens.admin()).statusCode(200);
        Refusal.of(ProblemType.CONFLICT).saying("This survey is CLOSED")
                .check(() -> Surveys.responsesOf(closed.id()), () -> answer(closed.publicResponses(), Surveys.sheet()));

        Surveys.Opened later = opened(OfficeDate.today().plusDays(5), OfficeDate.today().plusDays(40));
        Refusal.of(ProblemType.CONFLICT).saying("This survey has not started: it takes answers from "
                        + OfficeDate.today().plusDays(5))
                .check(() -> Surveys.responsesOf(later.id()), () -> answer(later.publicResponses(), Surveys.sheet()));

        Surveys.Opened ended = opened(OfficeDate.today().minusDays(40), OfficeDate.today().minusDays(1));
        Refusal.of(ProblemType.CONFLICT).saying("This survey ended on " + OfficeDate.today().minusDays(1))
                .check(() -> Surveys.responsesOf(ended.id()), () -> answer(ended.publicResponses(), Surveys.sheet()));
    }

    private static Surveys.Opened opened(LocalDate start, LocalDate end) {
        String id = Http.post(Surveys.CAMPAIGNS, Tokens.admin(), Surveys.campaign(Surveys.MAKASSAR_UNIT, start, end))
                .statusCode(201).extract().path("id");
        String code = Http.post(Surveys.CAMPAIGNS + "/" + id + "/open", Tokens.admin()).statusCode(200)
                .extract().path("publicCode");
        return new Surveys.Opened(id, code);
    }
}
