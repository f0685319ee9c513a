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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResultTests {

    private static final String INSTRUMENTS = "/api/v1/instruments";

    /** An office's own SKM for the unit's agency, U1 weighing 0.2 and the others 0.1, with a question X1; published. */
    private static String ownSkm(Results.Unit unit) {
        String code = "SKM-R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("U1", 0.2);
        for (int element = 2; element <= 9; element++) {
            weights.put("U" + element, 0.1);
        }
        Map<String, Object> content = Map.of("name", "SKM " + unit.agency(), "weights", weights,
                "extraQuestions", List.of(Map.of("code", "X1", "name", "Informasi pelayanan",
                        "question", "Bagaimana kejelasan informasi pelayanan?",
                        "wordings", List.of("Tidak jelas", "Kurang jelas", "Jelas", "Sangat jelas"))));
        Http.post(INSTRUMENTS, Tokens.admin(), Map.of("code", code, "agencyCode", unit.agency(), "content", content))
                .statusCode(201);
        Http.post(INSTRUMENTS + "/" + code + "/publish", Tokens.admin()).statusCode(200);
        return code;
    }

    @Test
    void resultsAreSplitPerInstrumentVersionEachWithItsOwnWeights() {
        Results.Unit unit = Results.unit("73.71", 100);
        LocalDate today = OfficeDate.today();
        String skm = Results.openCampaign(unit.code());
        Results.answer(skm, today, 4, 4, 3, 4, 3, 3, 4, 3, 4);
        Results.answer(skm, today, Results.all(3));
        String own = ownSkm(unit);
        String office = Results.openCampaign(unit.code(), Surveys.quarterStart(),
                Surveys.quarterStart().plusMonths(3).minusDays(1), Map.of("instrumentCode", own));
        Map<String, Object> first = Results.sheet(today, 4, 2, 2, 2, 2, 2, 2, 2, 2);
        Surveys.answers(first).put("X1", 1);
        Results.enter(office, first);
        Map<String, Object> second = Results.sheet(today, 4, 3, 3, 3, 3, 3, 3, 3, 3);
        Surveys.answers(second).put("X1", 4);
        Results.enter(office, second);

        Http.get(unit.results(Surveys.quarterStart(), today), Tokens.analyst("73")).statusCode(200)
                .body("yearlyServiceUsers", equalTo(100))
                .body("results.instrumentCode", contains("SKM", own))
                // the built-in SKM, equal weights: 25 x (32 + 27) / (9 x 2) = 81.944
                .body("results[0].index.responses", equalTo(2))
                .body("results[0].index.ikm", equalTo(81.94f))
                .body("results[0].index.mutu", equalTo("B"))
                // Krejcie-Morgan for the register's N = 100
                .body("results[0].index.minimumSample", equalTo(80))
                .body("results[0].index.sampleReached", equalTo(false))
                // the office's: points 2 x 4 + 8 x 2 = 24 and 2 x 4 + 8 x 3 = 32 over tenths,
                // 25 x 56 / (10 x 2) = 70.00 (equal weights would give 25 x 48 / 18 = 66.67); X1 does not count
                .body("results[1].instrumentVersion", equalTo(1))
                .body("results[1].index.responses", equalTo(2))
                .body("results[1].index.ikm", equalTo(70f))
                .body("results[1].index.mutu", equalTo("C"))
                .body("results[1].index.elements.size()", equalTo(9))
                // U1: 8 x 2 / (2 x 10)
                .body("results[1].index.elements[0].weightedNrr", equalTo(0.8f))
                .body("results[1].index.weakestElements", contains("U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"));
    }

    @Test
    void theTrendListsTheUnitsOpenedCampaignsByStartDate() {
        Results.Unit unit = Results.unit("73.71", null);
        LocalDate previousQuarter = Surveys.quarterStart().minusMonths(3);
        String earlier = Results.openCampaign(unit.code(), previousQuarter, Surveys.quarterStart().minusDays(1),
                Map.of());
        Results.answer(earlier, previousQuarter, Results.all(4));
        Results.answer(earlier, previousQuarter, Results.all(3));
        String later = Results.openCampaign(unit.code());
        Results.answer(later, OfficeDate.today(), Results.all(3));
        Surveys.draftCampaign(unit.code());

        Http.get(unit.trend(), Tokens.analyst("73.71")).statusCode(200)
                .body("serviceUnitCode", equalTo(unit.code()))
                .body("campaigns.campaignId", contains(earlier, later))
                .body("campaigns.startDate", contains(previousQuarter.toString(), Surveys.quarterStart().toString()))
                .body("campaigns.instrumentCode", contains("SKM", "SKM"))
                .body("campaigns.responses", contains(2, 1))
                // scores 100 and 75: the t interval (t = 12.71 for 1 degree of freedom) reaches past the scale
                .body("campaigns[0].ikm", equalTo(87.5f))
                .body("campaigns[0].mutu", equalTo("B"))
                .body("campaigns[0].ikmInterval.lower", equalTo(25f))
                .body("campaigns[0].ikmInterval.upper", equalTo(100f))
                .body("campaigns[0].settled", equalTo(false))
                .body("campaigns[1].ikm", equalTo(75f))
                .body("campaigns[1].mutu", equalTo("C"))
                .body("campaigns[1].kinerja", equalTo("Kurang Baik"))
                .body("campaigns[1].ikmInterval", nullValue())
                .body("campaigns[1].settled", nullValue());
    }

    @Test
    void thePeriodMustBeGivenAsDatesFromNoLaterThanTo() {
        Results.Unit unit = Results.unit("73.71", null);
        LocalDate today = OfficeDate.today();
        String path = "/api/v1/service-units/" + unit.code() + "/skm-results";

        Refusal.of(ProblemType.INVALID_REQUEST, "to").saying("must not be before from")
                .check(() -> Http.get(unit.results(today, today.minusDays(1)), Tokens.admin()));
        Refusal.of(ProblemType.INVALID_REQUEST, "from")
                .check(() -> Http.get(path + "?to=" + today, Tokens.admin()));
        Refusal.of(ProblemType.INVALID_REQUEST, "from").saying("from must be a date (yyyy-mm-dd)")
                .check(() -> Http.get(path + "?from=2026-02-30&to=" + today, Tokens.admin()));
        Http.get(unit.results(today, today), Tokens.admin()).statusCode(200)
                .body("results.size()", equalTo(0));
    }

    @Test
    void aUnitOutsideTheCallersRegionsIsNotFound() {
        Results.Unit unit = Results.unit("73.71", null);
        Results.answer(Results.openCampaign(unit.code()), OfficeDate.today(), Results.all(4));
        LocalDate today = OfficeDate.today();

        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(unit.results(today, today), Tokens.analyst("53")));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(unit.trend(), Tokens.operator("53.71")));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get("/api/v1/service-units/NO-SUCH-UNIT/skm-trend",
                Tokens.admin()));
        Http.get(unit.results(today, today), Tokens.analyst("73")).statusCode(200)
                .body("results[0].index.responses", equalTo(1));
    }
}
