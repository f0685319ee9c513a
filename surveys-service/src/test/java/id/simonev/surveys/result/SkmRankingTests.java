package id.simonev.surveys.result;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkmRankingTests {

    private static final String RANKINGS = "/api/v1/skm-rankings";

    private Results.Unit best;
    private String wide;
    private String low;
    private String single;

    /**
     * Four units of one agency in Makassar: one whose three respondents all answered 4 (IKM 100,
     * interval 100-100), one with a 3 and a 4 throughout (87.50, but the interval of two responses
     * spans 25-100), one with two respondents answering 2 (50, interval 50-50), and one with a
     * single response (75, no interval).
     */
    @BeforeEach
    void fourUnitsAnswered() {
        best = Results.unit("73.71", null);
        wide = Results.unitOf(best, "73.71");
        low = Results.unitOf(best, "73.71");
        single = Results.unitOf(best, "73.71");
        LocalDate today = OfficeDate.today();
        String campaign = Results.openCampaign(best.code());
        for (int respondent = 0; respondent < 3; respondent++) {
            Results.answer(campaign, today, Results.all(4));
        }
        campaign = Results.openCampaign(wide);
        Results.answer(campaign, today, Results.all(3));
        Results.answer(campaign, today, Results.all(4));
        campaign = Results.openCampaign(low);
        Results.answer(campaign, today, Results.all(2));
        Results.answer(campaign, today, Results.all(2));
        Results.answer(Results.openCampaign(single), today, Results.all(3));
    }

    private static String ranking(String filter) {
        return RANKINGS + "?" + filter + "&from=" + Surveys.quarterStart() + "&to=" + OfficeDate.today();
    }

    @Test
    void unitsAreRankedByIkmAndEachNamesThoseItCannotBeToldApartFrom() {
        Http.get(ranking("agency=" + best.agency()), Tokens.analyst("73")).statusCode(200)
                .body("agency", equalTo(best.agency()))
                .body("region", nullValue())
                .body("units.serviceUnitCode", contains(best.code(), wide, low, single))
                .body("units.rank", contains(1, 2, 3, null))
                .body("units.responses", contains(3, 2, 2, 1))
                .body("units.ikm", contains(100f, 87.5f, 50f, 75f))
                .body("units.mutu", contains("A", "B", "D", "C"))
                .body("units.settled", contains(true, false, true, null))
                .body("units[1].ikmInterval.lower", equalTo(25f))
                .body("units[1].ikmInterval.upper", equalTo(100f))
                // the 87.50 cannot be told apart from either; 100 and 50 can be from each other
                .body("units[0].indistinguishableFrom", contains(wide))
                .body("units[1].indistinguishableFrom", contains(best.code(), low))
                .body("units[2].indistinguishableFrom", contains(wide))
                // a single response has no interval: listed last and unranked, though its IKM is above 50
                .body("units[3].ikmInterval", nullValue())
                .body("units[3].indistinguishableFrom", nullValue());
    }

    @Test
    void aRankingHoldsOnlyTheUnitsInTheCallersRegions() {
        Http.get(ranking("region=73"), Tokens.analyst("73")).statusCode(200)
                .body("region", equalTo("73"))
                .body("units.serviceUnitCode", hasItems(best.code(), wide, low, single));
        Http.get(ranking("region=73.71"), Tokens.analyst("53")).statusCode(200)
                .body("units", empty());
        Http.get(ranking("agency=" + best.agency()), Tokens.analyst("53")).statusCode(200)
                .body("units", empty());
    }

    @Test
    void aRankingNeedsAnAgencyOrARegionAndAPeriod() {
        LocalDate today = OfficeDate.today();
        Refusal.of(ProblemType.INVALID_REQUEST, "region")
                .check(() -> Http.get(RANKINGS + "?from=" + today + "&to=" + today, Tokens.admin()))
                .body("violations.field", contains("agency", "region"));
        Refusal.of(ProblemType.INVALID_REQUEST, "to")
                .check(() -> Http.get(RANKINGS + "?region=73&from=" + today + "&to=" + today.minusDays(1),
                        Tokens.admin()));
        Refusal.of(ProblemType.INVALID_REQUEST, "region")
                .check(() -> Http.get(RANKINGS + "?region=7371&from=" + today + "&to=" + today, Tokens.admin()));
        Refusal.of(ProblemType.INVALID_REQUEST, "from")
                .check(() -> Http.get(RANKINGS + "?region=73&to=" + today, Tokens.admin()));
    }
}
