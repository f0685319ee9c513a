package id.simonev.surveys.campaign;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.surveys.Surveys;
import id.simonev.testing.EventContract;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignResourceTests {

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    private static long stored() {
        return Surveys.rows("campaign");
    }

    @Test
    void aCampaignMovesFromDraftToOpenWithAnUnguessableEasyCodeAndThenToClosed() {
        String id = Surveys.draftCampaign(Surveys.MAKASSAR_UNIT);
        Http.get(Surveys.CAMPAIGNS + "/" + id, Tokens.analyst("73")).statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("instrumentCode", equalTo("SKM"))
                .body("instrumentVersion", equalTo(1))
                .body("agencyCode", equalTo(Surveys.MAKASSAR_AGENCY))
                .body("regionCode", equalTo("73.71"))
                .body("publicCode", nullValue());

        String code = Http.post(Surveys.CAMPAIGNS + "/" + id + "/open", Tokens.operator("73.71")).statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("publicCode", matchesPattern("[2-9A-HJ-NP-Z]{8}"))
                .body("openedAt", notNullValue())
                .extract().path("publicCode");
        Http.get(Surveys.CAMPAIGNS + "/" + id, Tokens.admin()).statusCode(200)
                .body("link", equalTo("http://localhost:8082/s/" + code));

        Refusal.of(ProblemType.CONFLICT).saying("Campaign " + id + " is OPEN; it can be opened only when DRAFT")
                .check(() -> Http.post(Surveys.CAMPAIGNS + "/" + id + "/open", Tokens.admin()));
        Http.post(Surveys.CAMPAIGNS + "/" + id + "/close", Tokens.operator("73")).statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("publicCode", equalTo(code));
        Refusal.of(ProblemType.CONFLICT).saying("Campaign " + id + " is CLOSED; it can be closed only when OPEN")
                .check(() -> Http.post(Surveys.CAMPAIGNS + "/" + id + "/close", Tokens.admin()));
    }

    @Test
    void aRetriedSetUpWithItsIdempotencyKeyMakesOneCampaign() {
        Map<String, Object> campaign = Surveys.campaign(Surveys.MAKASSAR_UNIT, Surveys.quarterStart(),
                Surveys.quarterStart().plusDays(30));
        String key = "campaign-" + UUID.randomUUID();
        long before = stored();

        String first = Http.postOnce(Surveys.CAMPAIGNS, Tokens.operator("73.71"), key, campaign).statusCode(201)
                .extract().path("id");
        String retried = Http.postOnce(Surveys.CAMPAIGNS, Tokens.operator("73.71"), key, campaign).statusCode(201)
                .extract().path("id");

        assertEquals(first, retried);
        assertEquals(before + 1, stored());
    }

    @Test
    void aCampaignLeftWithoutTitleIsNamedAfterItsUnitAndPeriod() {
        Map<String, Object> campaign = Surveys.campaign(Surveys.MAKASSAR_UNIT, Surveys.quarterStart(),
                Surveys.quarterStart().plusDays(30));
        campaign.put("title", "  ");

        Http.post(Surveys.CAMPAIGNS, Tokens.admin(), campaign).statusCode(201)
                .body("title", equalTo("SKM Unit " + Surveys.MAKASSAR_UNIT + " " + Surveys.quarterStart() + " s.d. "
                        + Surveys.quarterStart().plusDays(30)));
    }

    @Test
    void openingAndClosingAreAnnouncedTrueToTheirContracts() {
        String id = Surveys.openCampaign(Surveys.KUPANG_UNIT).id();
        Http.post(Surveys.CAMPAIGNS + "/" + id + "/close", Tokens.admin()).statusCode(200);

        List<Topics.Event> events = Topics.awaitEvents(Topics.SURVEYS, id, 2, Duration.ofSeconds(20));

        assertEquals(List.of("CampaignOpened", "CampaignClosed"),
                events.stream().map(event -> event.value().path("type").asText()).toList());
        assertEquals("PKM-KPG-01", events.get(0).value().path("data").path("serviceUnitCode").asText());
        assertEquals("53.71", events.get(0).value().path("region").asText());
        events.forEach(event -> EventContract.assertValid(event.value()));
    }

    @Test
    void aUnitsQuarterlyCampaignsAreListedAndOtherRegionsStayUnseen() {
        String first = Surveys.draftCampaign(Surveys.MAKASSAR_UNIT);
        String kupang = Surveys.draftCampaign(Surveys.KUPANG_UNIT);

        Http.get(Surveys.CAMPAIGNS + "?serviceUnit=" + Surveys.MAKASSAR_UNIT + "&size=200", Tokens.analyst("73"))
                .statusCode(200)
                .body("items.id", hasItem(first))
                .body("items.serviceUnitCode", everyItem(equalTo(Surveys.MAKASSAR_UNIT)));
        Http.get(Surveys.CAMPAIGNS + "?size=200", Tokens.analyst("73")).statusCode(200)
                .body("items.id", not(hasItem(kupang)));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(Surveys.CAMPAIGNS + "/" + kupang,
                Tokens.analyst("73")));
    }

    @Test
    void aBadCampaignIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Object> backwards = Surveys.campaign(Surveys.MAKASSAR_UNIT, Surveys.quarterStart().plusDays(10),
                Surveys.quarterStart());
        Refusal.of(ProblemType.INVALID_REQUEST, "endDate").check(CampaignResourceTests::stored,
                () -> Http.post(Surveys.CAMPAIGNS, Tokens.admin(), backwards));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "serviceUnitCode").check(CampaignResourceTests::stored,
                () -> Http.post(Surveys.CAMPAIGNS, Tokens.admin(), Surveys.campaign("PKM-NOWHERE",
                        Surveys.quarterStart(), Surveys.quarterStart().plusDays(30))));
        Map<String, Object> unknownInstrument = Surveys.campaign(Surveys.MAKASSAR_UNIT, Surveys.quarterStart(),
                Surveys.quarterStart().plusDays(30));
        unknownInstrument.put("instrumentCode", "NOPE");
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "instrumentCode").check(CampaignResourceTests::stored,
                () -> Http.post(Surveys.CAMPAIGNS, Tokens.admin(), unknownInstrument));
        Refusal.of(ProblemType.FORBIDDEN, "serviceUnitCode").check(CampaignResourceTests::stored,
                () -> Http.post(Surveys.CAMPAIGNS, Tokens.operator("53.71"), Surveys.campaign(Surveys.MAKASSAR_UNIT,
                        Surveys.quarterStart(), Surveys.quarterStart().plusDays(30))));
        Refusal.byRole().check(CampaignResourceTests::stored, () -> Http.post(Surveys.CAMPAIGNS,
                Tokens.analyst("73"), Surveys.campaign(Surveys.MAKASSAR_UNIT, Surveys.quarterStart(),
                        Surveys.quarterStart().plusDays(30))));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.post(Surveys.CAMPAIGNS + "/" + UUID.randomUUID()
                + "/open", Tokens.admin()));
    }
}
