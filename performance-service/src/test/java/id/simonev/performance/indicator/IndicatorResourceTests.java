package id.simonev.performance.indicator;

import static id.simonev.performance.Indicators.INDICATORS;
import static id.simonev.performance.Indicators.define;
import static id.simonev.performance.Indicators.defined;
import static id.simonev.performance.Indicators.indicator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.performance.Indicators;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.EventContract;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTests {

    static final String MAKASSAR = "DISHUB-MKS";
    static final String JAKARTA_TIMUR = "DISHUB-JT";

    @Inject
    IndicatorRepository indicators;

    @BeforeEach
    void agenciesAreRegistered() {
        Register.ensureAgency(MAKASSAR, "73.71");
        Register.ensureAgency(JAKARTA_TIMUR, "31.75");
        Register.ensureServiceUnit("UPT-ADUAN-MKS", MAKASSAR, "73.71");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> indicators.count());
    }

    @Test
    void anOperatorDefinesAnIndicatorOfItsRegionAndItIsAnnouncedTrueToItsContract() {
        Map<String, Object> indicator = indicator(MAKASSAR, "LOWER_IS_BETTER", "QUARTER", "AVERAGE");
        indicator.put("serviceUnitCode", "UPT-ADUAN-MKS");
        String id = define(Tokens.operator("73"), indicator).statusCode(201)
                .body("regionCode", equalTo("73.71"))
                .body("active", equalTo(true))
                .body("allowsAboveHundred", equalTo(false))
                .extract().path("id");

        Http.get(INDICATORS + "/" + id, Tokens.analyst("73.71")).statusCode(200)
                .body("code", equalTo(indicator.get("code"))).body("serviceUnitCode", equalTo("UPT-ADUAN-MKS"));
        Http.get(INDICATORS + "?agency=" + MAKASSAR + "&active=true&size=200", Tokens.analyst("73")).statusCode(200)
                .body("items.id", hasItem(id));
        Http.get(INDICATORS + "?region=73", Tokens.analyst("31")).statusCode(200).body("total", equalTo(0));

        Topics.Event event = Topics.awaitEvents(Topics.PERFORMANCE, id, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("IndicatorDefined", event.value().path("type").asText());
        assertEquals("AVERAGE", event.value().path("data").path("aggregation").asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void aSecondIndicatorOfTheSameCodeInTheAgencyIsA409ButAnotherAgencyMayUseIt() {
        Map<String, Object> indicator = indicator(MAKASSAR, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        define(Tokens.admin(), indicator).statusCode(201);

        Refusal.of(ProblemType.CONFLICT).check(this::stored, () -> define(Tokens.admin(), indicator));
        Map<String, Object> elsewhere = new HashMap<>(indicator);
        elsewhere.put("agencyCode", JAKARTA_TIMUR);
        define(Tokens.admin(), elsewhere).statusCode(201);
    }

    @Test
    void aUnitOfAnotherAgencyAnUnknownAgencyAndBadValuesAreRefused() {
        Map<String, Object> otherUnit = indicator(JAKARTA_TIMUR, "HIGHER_IS_BETTER", "YEAR", "LAST");
        otherUnit.put("serviceUnitCode", "UPT-ADUAN-MKS");
        Refusal.of(ProblemType.UNPROCESSABLE, "serviceUnitCode").check(this::stored,
                () -> define(Tokens.admin(), otherUnit));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "agencyCode").check(this::stored,
                () -> define(Tokens.admin(), indicator("NO-SUCH-AGENCY", "HIGHER_IS_BETTER", "YEAR", "LAST")));
        Map<String, Object> bad = indicator(MAKASSAR, "HIGHER_IS_BETTER", "WEEK", "LAST");
        Refusal.of(ProblemType.INVALID_REQUEST, "periodType").check(this::stored, () -> define(Tokens.admin(), bad))
                .body("violations[0].message", equalTo("must be one of MONTH, QUARTER, SEMESTER, YEAR"));
    }

    @Test
    void rolesAndRegionsAreEnforced() {
        Refusal.byRole().check(this::stored,
                () -> define(Tokens.analyst("73"), indicator(MAKASSAR, "HIGHER_IS_BETTER", "YEAR", "LAST")));
        Refusal.of(ProblemType.FORBIDDEN, "agencyCode").check(this::stored,
                () -> define(Tokens.operator("31"), indicator(MAKASSAR, "HIGHER_IS_BETTER", "YEAR", "LAST")));
        String id = defined(MAKASSAR, "HIGHER_IS_BETTER", "YEAR", "LAST");
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(INDICATORS + "/" + id, Tokens.analyst("31")));
        Http.get(INDICATORS + "?size=200", Tokens.analyst("31")).statusCode(200)
                .body("items.regionCode", everyItem(startsWith("31")));
    }

    @Test
    void aChangeKeepsWhatTheFiguresWereComputedWith() {
        String id = defined(MAKASSAR, "LOWER_IS_BETTER", "QUARTER", "AVERAGE");
        Map<String, Object> change = new HashMap<>(Map.of("name", "Waktu tanggap aduan", "unit", "HOURS",
                "direction", "LOWER_IS_BETTER", "periodType", "MONTH", "aggregation", "LAST", "active", true));
        Http.put(INDICATORS + "/" + id, Tokens.operator("73"), change).statusCode(200)
                .body("unit", equalTo("HOURS")).body("periodType", equalTo("MONTH"));
        Indicators.reached(id, "2026-01", 7, 6.5);

        Map<String, Object> direction = new HashMap<>(change);
        direction.put("direction", "HIGHER_IS_BETTER");
        direction.put("periodType", "QUARTER");
        String before = Http.read(INDICATORS + "/" + id);
        Refusal.of(ProblemType.CONFLICT).check(() -> Http.read(INDICATORS + "/" + id),
                        () -> Http.put(INDICATORS + "/" + id, Tokens.admin(), direction))
                .body("detail", equalTo("Indicator " + Http.get(INDICATORS + "/" + id, Tokens.admin())
                        .extract().path("code") + " of agency DISHUB-MKS has targets or realisations computed with "
                        + "its present direction, periodType; those stay as they are (define a new indicator "
                        + "instead)"));
        assertEquals(before, Http.read(INDICATORS + "/" + id));

        change.put("aggregation", "AVERAGE");
        change.put("active", false);
        Http.put(INDICATORS + "/" + id, Tokens.admin(), change).statusCode(200).body("active", equalTo(false));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PERFORMANCE, id, 5, Duration.ofSeconds(20));
        assertEquals(List.of("IndicatorDefined", "IndicatorUpdated", "TargetSet", "RealisationRecorded",
                "IndicatorUpdated"), events.stream().map(e -> e.value().path("type").asText()).toList());
        events.forEach(e -> EventContract.assertValid(e.value()));
        Http.get(INDICATORS + "?active=false&agency=" + MAKASSAR + "&size=200", Tokens.admin())
                .body("items.id", hasItem(id));
        Http.get(INDICATORS + "?active=true&agency=" + MAKASSAR + "&size=200", Tokens.admin())
                .body("items.id", not(hasItem(id)));
    }
}
