package id.simonev.performance.view;

import static id.simonev.performance.Indicators.INDICATORS;
import static id.simonev.performance.Indicators.defined;
import static id.simonev.performance.Indicators.setTarget;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.simonev.performance.Indicators;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PerformanceViewTests {

    private static final List<String> QUARTERS = List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    private static final List<Integer> TARGETS = List.of(40, 50, 50, 60);
    private static final List<Integer> REALISED = List.of(44, 45, 55, 48);

    private String agency;

    @BeforeEach
    void anAgencyOfItsOwn() {
        agency = "DISDIK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Register.ensureAgency(agency, "73.71");
    }

    /** The domain's year: quarters 110, 90, 110, 80%. */
    private String theDomainsYear(String aggregation) {
        String id = defined(agency, "HIGHER_IS_BETTER", "QUARTER", aggregation);
        for (int i = 0; i < QUARTERS.size(); i++) {
            Indicators.reached(id, QUARTERS.get(i), TARGETS.get(i), REALISED.get(i));
        }
        return id;
    }

    private static io.restassured.response.ValidatableResponse series(String id) {
        return Http.get(INDICATORS + "/" + id + "/series?year=2026", Tokens.analyst("73")).statusCode(200);
    }

    @Test
    void theYearCombinesItsQuartersByTheIndicatorsAggregation() {
        series(theDomainsYear("CUMULATIVE")).body("capaian", equalTo(96.0f)).body("periodsCombined", equalTo(4))
                .body("periods.period", contains("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"))
                .body("periods.capaian", contains(110.0f, 90.0f, 110.0f, 80.0f))
                .body("periods.target", contains(40, 50, 50, 60));
        series(theDomainsYear("LAST")).body("capaian", equalTo(80.0f));
        String average = theDomainsYear("AVERAGE");
        setTarget(Tokens.admin(), average, "2026", Map.of("value", 200)).statusCode(200);
        series(average).body("capaian", equalTo(97.5f)).body("yearTarget.target", equalTo(200));
    }

    @Test
    void aYearWithoutRealisationsHasNoCapaianAndOnlyItsTargets() {
        String id = defined(agency, "LOWER_IS_BETTER", "MONTH", "AVERAGE");
        setTarget(Tokens.admin(), id, "2026-02", Map.of("lower", 2, "upper", 3)).statusCode(200);
        series(id).body("capaian", nullValue()).body("periods.period", contains("2026-02"))
                .body("periods[0].targetLower", equalTo(2)).body("periods[0].realisation", nullValue());
    }

    @Test
    void theAgencysPeriodShowsEveryIndicatorTheMeanAndThoseBelow100() {
        String above = defined(agency, "LOWER_IS_BETTER", "QUARTER", "AVERAGE");
        Indicators.reached(above, "2026-Q2", 7, 6.5);
        String below = defined(agency, "LOWER_IS_BETTER", "QUARTER", "AVERAGE");
        Indicators.reached(below, "2026-Q2", 8, 9);
        String monthly = defined(agency, "HIGHER_IS_BETTER", "MONTH", "CUMULATIVE");
        Indicators.reached(monthly, "2026-04", 10, 9);
        Indicators.reached(monthly, "2026-05", 10, 12);
        String none = defined(agency, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        setTarget(Tokens.admin(), none, "2026-Q2", Map.of("value", 3)).statusCode(200);
        String code = Http.get(INDICATORS + "/" + below, Tokens.admin()).extract().path("code");

        Http.get("/api/v1/agencies/" + agency + "/performance?period=2026-Q2", Tokens.analyst("73.71"))
                .statusCode(200)
                .body("state", equalTo("RECORDED"))
                .body("indicators.size()", equalTo(4))
                .body("indicators.find { it.indicatorId == '" + above + "' }.capaian", equalTo(107.14f))
                .body("indicators.find { it.indicatorId == '" + below + "' }.target", equalTo(8))
                .body("indicators.find { it.indicatorId == '" + monthly + "' }.capaian", equalTo(105.0f))
                .body("indicators.find { it.indicatorId == '" + monthly + "' }.periodsCombined", equalTo(2))
                .body("indicators.find { it.indicatorId == '" + none + "' }.capaian", nullValue())
                .body("meanCapaian", equalTo(99.88f))
                .body("belowHundred", contains(code));
    }

    @Test
    void anotherRegionsAgencyOrIndicatorIsRefused() {
        String id = defined(agency, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        Refusal.outsideRegions().check(
                () -> Http.get("/api/v1/agencies/" + agency + "/performance?period=2026", Tokens.analyst("31")));
        Refusal.of(ProblemType.NOT_FOUND).check(
                () -> Http.get(INDICATORS + "/" + id + "/series?year=2026", Tokens.analyst("31")));
        Refusal.of(ProblemType.INVALID_REQUEST, "period").check(
                () -> Http.get("/api/v1/agencies/" + agency + "/performance?period=2026-Q9", Tokens.admin()));
    }
}
