package id.simonev.surveys.response;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An operator types in the paper forms of a campaign of a unit in its regions. */
@QuarkusTest
class PaperResponseTests {

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    @Test
    void aPaperFormGoesIntoAnOpenOrAClosedCampaignButNotADraft() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        String id = Http.post(campaign.responses(), Tokens.operator("73.71"), Surveys.sheet()).statusCode(201)
                .body("channel", equalTo("PAPER"))
                .body("campaignId", equalTo(campaign.id()))
                .body("answers.U9", equalTo(4))
                .body("respondent.education", equalTo("S1"))
                .extract().path("id");
        Http.get(campaign.responses() + "/" + id, Tokens.analyst("73")).statusCode(200)
                .body("surveyDate", equalTo(OfficeDate.today().toString()));

        Http.post(Surveys.CAMPAIGNS + "/" + campaign.id() + "/close", Tokens.admin()).statusCode(200);
        Http.post(campaign.responses(), Tokens.operator("73.71"), Surveys.sheet()).statusCode(201);
        Http.get(campaign.responses(), Tokens.analyst("73")).statusCode(200).body("total", equalTo(2));

        String draft = Surveys.draftCampaign(Surveys.MAKASSAR_UNIT);
        Refusal.of(ProblemType.CONFLICT).saying("Campaign " + draft + " is a DRAFT")
                .check(() -> Surveys.responsesOf(draft), () -> Http.post(Surveys.CAMPAIGNS + "/" + draft
                        + "/responses", Tokens.operator("73.71"), Surveys.sheet()));
    }

    @Test
    void aFormMustBeDatedWithinTheCampaignAndNotInTheFuture() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Map<String, Object> undated = Surveys.sheet();
        undated.remove("surveyDate");
        Refusal.of(ProblemType.INVALID_REQUEST, "surveyDate").check(() -> Surveys.responsesOf(campaign.id()),
                () -> Http.post(campaign.responses(), Tokens.operator("73.71"), undated));

        Map<String, Object> before = Surveys.sheet();
        before.put("surveyDate", Surveys.quarterStart().minusDays(1).toString());
        Refusal.of(ProblemType.INVALID_REQUEST, "surveyDate").saying("must lie within the campaign's period")
                .check(() -> Surveys.responsesOf(campaign.id()),
                        () -> Http.post(campaign.responses(), Tokens.operator("73.71"), before));

        Map<String, Object> tomorrow = Surveys.sheet();
        tomorrow.put("surveyDate", OfficeDate.today().plusDays(1).toString());
        Refusal.of(ProblemType.INVALID_REQUEST, "surveyDate").check(() -> Surveys.responsesOf(campaign.id()),
                () -> Http.post(campaign.responses(), Tokens.operator("73.71"), tomorrow));
    }

    @Test
    void rolesAndRegionsAreEnforced() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Refusal.byRole().check(() -> Surveys.responsesOf(campaign.id()),
                () -> Http.post(campaign.responses(), Tokens.analyst("73"), Surveys.sheet()));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Surveys.responsesOf(campaign.id()),
                () -> Http.post(campaign.responses(), Tokens.operator("53.71"), Surveys.sheet()));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(campaign.responses() + "/" + UUID.randomUUID(),
                Tokens.admin()));
    }

    @Test
    void aRetriedFormWithItsIdempotencyKeyIsStoredOnce() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        String key = "sheet-" + UUID.randomUUID();

        String first = Http.postOnce(campaign.responses(), Tokens.operator("73.71"), key, Surveys.sheet())
                .statusCode(201).extract().path("id");
        String retried = Http.postOnce(campaign.responses(), Tokens.operator("73.71"), key, Surveys.sheet())
                .statusCode(201).extract().path("id");

        assertEquals(first, retried);
        assertEquals(1, Surveys.responsesOf(campaign.id()));
    }
}
