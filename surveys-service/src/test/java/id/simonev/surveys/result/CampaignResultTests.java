package id.simonev.surveys.result;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignResultTests {

    private static String result(String campaign) {
        return Surveys.CAMPAIGNS + "/" + campaign + "/result";
    }

    @Test
    void theWorkedExampleEnteredAsPaperFormsIsBaikButNotDistinguishableFromItsNeighbours() {
        Results.Unit unit = Results.unit("73.71", null);
        LocalDate today = OfficeDate.today();
        String campaign = Results.openCampaign(unit.code(), Surveys.quarterStart(),
                Surveys.quarterStart().plusMonths(3).minusDays(1), Map.of("yearlyServiceUsers", 10));
        for (int[] answers : Results.WORKED_EXAMPLE) {
            Results.answer(campaign, today, answers);
        }

        Http.get(result(campaign), Tokens.analyst("73")).statusCode(200)
                .body("campaignId", equalTo(campaign))
                .body("serviceUnitCode", equalTo(unit.code()))
                .body("agencyCode", equalTo(unit.agency()))
                .body("instrumentCode", equalTo("SKM"))
                .body("instrumentVersion", equalTo(1))
                .body("yearlyServiceUsers", equalTo(10))
                .body("responses", equalTo(4))
                .body("index.responses", equalTo(4))
                // 25 x 120 / 36
                .body("index.ikm", equalTo(83.33f))
                .body("index.mutu", equalTo("B"))
                .body("index.kinerja", equalTo("Baik"))
                .body("index.weightedNrrSum", equalTo(3.3333f))
                .body("index.elements.code", contains("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"))
                .body("index.elements.nrr", contains(3.25f, 3.25f, 3.25f, 3.75f, 3.25f, 3.5f, 3.75f, 3f, 3f))
                .body("index.elements.mutu", contains("B", "B", "B", "A", "B", "B", "A", "C", "C"))
                .body("index.weakestElements", contains("U8", "U9"))
                // with N = 10 the interval narrows by sqrt((10 - 4) / (10 - 1)) from 70.32-96.35
                .body("index.ikmInterval.lower", equalTo(72.71f))
                .body("index.ikmInterval.upper", equalTo(93.96f))
                .body("index.settled", equalTo(false))
                .body("index.mutuSpanned", contains("C", "B", "A"))
                // Krejcie-Morgan for N = 10: 9.6025 / 0.98275 = 9.77, printed 10
                .body("index.minimumSample", equalTo(10))
                .body("index.sampleReached", equalTo(false));

        // The same four through the unit's results over the period: the register does not know the
        // unit's N, so the interval is the unnarrowed one and there is no minimum sample.
        Http.get(unit.results(Surveys.quarterStart(), today), Tokens.operator("73.71")).statusCode(200)
                .body("serviceUnitCode", equalTo(unit.code()))
                .body("yearlyServiceUsers", nullValue())
                .body("results.size()", equalTo(1))
                .body("results[0].instrumentCode", equalTo("SKM"))
                .body("results[0].index.responses", equalTo(4))
                .body("results[0].index.ikm", equalTo(83.33f))
                .body("results[0].index.mutu", equalTo("B"))
                .body("results[0].index.ikmInterval.lower", equalTo(70.32f))
                .body("results[0].index.ikmInterval.upper", equalTo(96.35f))
                .body("results[0].index.elements[1].nrrInterval.lower", equalTo(2.4544f))
                .body("results[0].index.elements[1].nrrInterval.upper", equalTo(4f))
                .body("results[0].index.minimumSample", nullValue());
    }

    @Test
    void theProfileCountsTheRespondentsOfEachCategoryWithTheUnknown() {
        Results.Unit unit = Results.unit("73.71", null);
        String campaign = Results.openCampaign(unit.code());
        LocalDate today = OfficeDate.today();
        enter(campaign, Map.of("gender", "L", "age", 19, "education", "SMA", "occupation", "PNS"));
        enter(campaign, Map.of("gender", "P", "age", 20, "education", "S1", "occupation", "SWASTA"));
        enter(campaign, Map.of("gender", "P", "age", 60, "education", "S1"));
        Results.answer(campaign, today, Results.all(3));

        Http.get(result(campaign), Tokens.admin()).statusCode(200)
                .body("responses", equalTo(4))
                .body("profile.gender", equalTo(Map.of("L", 1, "P", 2, "unknown", 1)))
                .body("profile.ageBand", equalTo(Map.of("<20", 1, "20-29", 1, "30-39", 0, "40-49", 0, "50-59", 0,
                        "60+", 1, "unknown", 1)))
                .body("profile.education.SMA", equalTo(1))
                .body("profile.education.S1", equalTo(2))
                .body("profile.education.SD", equalTo(0))
                .body("profile.education.unknown", equalTo(1))
                .body("profile.occupation.PNS", equalTo(1))
                .body("profile.occupation.SWASTA", equalTo(1))
                .body("profile.occupation.LAINNYA", equalTo(0))
                .body("profile.occupation.unknown", equalTo(2));
    }

    private static void enter(String campaign, Map<String, Object> respondent) {
        Map<String, Object> sheet = Results.sheet(OfficeDate.today(), Results.all(4));
        sheet.put("respondent", respondent);
        Results.enter(campaign, sheet);
    }

    @Test
    void aCampaignWithoutResponsesHasNoIndexYet() {
        Results.Unit unit = Results.unit("73.71", null);
        String campaign = Results.openCampaign(unit.code());

        Http.get(result(campaign), Tokens.operator("73.71")).statusCode(200)
                .body("responses", equalTo(0))
                .body("index", nullValue())
                .body("profile.gender", equalTo(Map.of("L", 0, "P", 0, "unknown", 0)));
    }

    @Test
    void anotherRegionsCampaignIsNotFound() {
        Results.Unit unit = Results.unit("73.71", null);
        String campaign = Results.openCampaign(unit.code());
        Results.answer(campaign, OfficeDate.today(), Results.all(4));

        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(result(campaign), Tokens.analyst("53")));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(result(UUID.randomUUID().toString()), Tokens.admin()));
        Http.get(result(campaign), Tokens.analyst("73.71")).statusCode(200).body("responses", equalTo(1));
    }
}
