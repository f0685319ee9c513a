package id.simonev.surveys.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page's answers as a browser receives them: statuses, and the strict reading of the form. */
@QuarkusTest
class SurveyPageTests {

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    private static Map<String, String> form(String key) {
        Map<String, String> form = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            form.put("U" + i, "4");
        }
        form.put("idempotencyKey", key);
        form.put("surveyDate", OfficeDate.today().toString());
        return form;
    }

    @Test
    void thePageIsPlainHtmlInBahasaIndonesiaWithALabelForEveryChoice() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);

        given().when().get("/s/" + campaign.code()).then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<html lang=\"id\">"))
                .body(containsString("name=\"viewport\""))
                .body(containsString("<label class=\"choice\" for=\"U4-4\"><input type=\"radio\" id=\"U4-4\" "
                        + "name=\"U4\" value=\"4\" required> Gratis</label>"))
                .body(containsString("name=\"idempotencyKey\""))
                .body(not(containsString("<script")));
    }

    @Test
    void aFormPostedTwiceWithItsKeyIsStoredOnceAndBothSeeTheThanks() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Map<String, String> form = form(UUID.randomUUID().toString());

        for (int i = 0; i < 2; i++) {
            given().redirects().follow(false).formParams(form).when().post("/s/" + campaign.code()).then()
                    .statusCode(303)
                    .header("Location", containsString("/s/" + campaign.code() + "/terima-kasih"));
        }

        assertEquals(1, Surveys.responsesOf(campaign.id()));
    }

    @Test
    void aFormSentAgainWithOtherAnswersUnderItsKeyIsToldTheFirstCounted() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        String key = UUID.randomUUID().toString();
        given().redirects().follow(false).formParams(form(key)).when().post("/s/" + campaign.code()).then()
                .statusCode(303);
        Map<String, String> changed = form(key);
        changed.put("U1", "1");

        given().formParams(changed).when().post("/s/" + campaign.code()).then().statusCode(422)
                .contentType(ContentType.HTML)
                .body(containsString("Jawaban sudah terkirim"));
        assertEquals(1, Surveys.responsesOf(campaign.id()));
    }

    @Test
    void aSuggestionTooLongComesBackMarkedAndNothingIsStored() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Map<String, String> form = form(UUID.randomUUID().toString());
        form.put("suggestion", "x".repeat(2001));

        given().formParams(form).when().post("/s/" + campaign.code()).then().statusCode(400)
                .body(containsString("Isian ini terlalu panjang."));

        assertEquals(0, Surveys.responsesOf(campaign.id()));
    }

    @Test
    void aNameSentThroughTheFormIsRefusedNotDropped() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Map<String, String> form = form(UUID.randomUUID().toString());
        form.put("nama", "Andi Baso");

        given().formParams(form).when().post("/s/" + campaign.code()).then().statusCode(400)
                .body(containsString("Isian nama tidak diterima"));

        assertEquals(0, Surveys.responsesOf(campaign.id()));
    }

    @Test
    void aClosedSurveyAndAnUnknownCodeSayWhyInsteadOfAForm() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Http.post(Surveys.CAMPAIGNS + "/" + campaign.id() + "/close", Tokens.admin()).statusCode(200);

        given().when().get("/s/" + campaign.code()).then().statusCode(409)
                .body(containsString("tidak menerima jawaban"));
        given().formParams(form(UUID.randomUUID().toString())).when().post("/s/" + campaign.code()).then()
                .statusCode(409);
        given().when().get("/s/ZZZZ2222").then().statusCode(404)
                .body(containsString("Survei tidak ditemukan"));
        assertEquals(0, Surveys.responsesOf(campaign.id()));
    }
}
