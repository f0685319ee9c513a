package id.simonev.performance.realisation;

import static id.simonev.performance.Indicators.INDICATORS;
import static id.simonev.performance.Indicators.defined;
import static id.simonev.performance.Indicators.record;
import static id.simonev.performance.Indicators.setTarget;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RealisationTests {

    private static final String MAKASSAR = "DISHUB-MKS";

    @Inject
    RealisationRepository realisations;

    @BeforeEach
    void anAgencyIsRegistered() {
        Register.ensureAgency(MAKASSAR, "73.71");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> realisations.count());
    }

    private static String target(String id, String period) {
        return Http.read(INDICATORS + "/" + id + "/targets/" + period);
    }

    @Test
    void theDomainsExamplesThroughTheApiAndTheEventTrueToItsContract() {
        String waiting = defined(MAKASSAR, "LOWER_IS_BETTER", "QUARTER", "AVERAGE");
        Indicators.reached(waiting, "2026-Q2", 7, 6.5)
                .body("capaian", equalTo(107.14f))
                .body("periodStart", equalTo("2026-04-01"))
                .body("periodEnd", equalTo("2026-06-30"))
                .body("direction", equalTo("LOWER_IS_BETTER"));
        String late = defined(MAKASSAR, "LOWER_IS_BETTER", "QUARTER", "AVERAGE");
        Indicators.reached(late, "2026-Q2", 8, 9).body("capaian", equalTo(87.5f));
        Http.get(INDICATORS + "/" + late + "/realisations/2026-Q2", Tokens.analyst("73")).statusCode(200)
                .body("capaian", equalTo(87.5f)).body("corrections.size()", equalTo(0));

        List<Topics.Event> events = Topics.awaitEvents(Topics.PERFORMANCE, late, 3, Duration.ofSeconds(20));
        assertEquals(List.of("IndicatorDefined", "TargetSet", "RealisationRecorded"),
                events.stream().map(e -> e.value().path("type").asText()).toList());
        var data = events.get(2).value().path("data");
        assertEquals(87.5, data.path("capaian").asDouble());
        assertEquals(late, data.path("indicatorId").asText());
        assertEquals("DAYS", data.path("unit").asText());
        assertEquals("2026-06-30", data.path("periodEnd").asText());
        assertEquals("73.71", events.get(2).value().path("region").asText());
        events.forEach(e -> EventContract.assertValid(e.value()));
    }

    @Test
    void capaianIsKeptWithEveryDigitInTheEvent() {
        String id = defined(MAKASSAR, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        Indicators.reached(id, "2026-Q1", 3, 1).body("capaian", equalTo(33.33f));
        Topics.Event event = Topics.awaitEvents(Topics.PERFORMANCE, id, 3, Duration.ofSeconds(20)).get(2);
        assertEquals(new BigDecimal("33.33333333333333333333333333333333"),
                event.value().path("data").path("capaian").decimalValue());
    }

    @Test
    void aRangeReaches100InsideAndUsesTheBoundPassedOutside() {
        String id = defined(MAKASSAR, "LOWER_IS_BETTER", "MONTH", "AVERAGE");
        for (String period : List.of("2026-01", "2026-02", "2026-03")) {
            setTarget(Tokens.admin(), id, period, Map.of("lower", 5, "upper", 8)).statusCode(200)
                    .body("lower", equalTo(5)).body("upper", equalTo(8)).body("value", nullValue());
        }
        record(Tokens.admin(), id, "2026-01", 6).statusCode(201).body("capaian", equalTo(100.0f))
                .body("targetLower", equalTo(5)).body("targetUpper", equalTo(8));
        record(Tokens.admin(), id, "2026-02", 10).statusCode(201).body("capaian", equalTo(75.0f))
                .body("target", equalTo(8));
        record(Tokens.admin(), id, "2026-03", 4).statusCode(201).body("capaian", equalTo(120.0f))
                .body("target", equalTo(5));
        Topics.awaitEvents(Topics.PERFORMANCE, id, 7, Duration.ofSeconds(20))
                .forEach(e -> EventContract.assertValid(e.value()));
    }

    @Test
    void aPeriodWithoutATargetAZeroTargetAndAPercentOver100AreA422NamingTheField() {
        String id = defined(MAKASSAR, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        Refusal.of(ProblemType.UNPROCESSABLE, "period").check(this::stored,
                        () -> record(Tokens.admin(), id, "2026-Q3", 5))
                .body("detail", startsWith("period 2026-Q3 of indicator"));
        Refusal.of(ProblemType.UNPROCESSABLE, "value").check(() -> target(id, "2026-Q3"),
                () -> setTarget(Tokens.admin(), id, "2026-Q3", Map.of("value", 0)));
        Refusal.of(ProblemType.UNPROCESSABLE, "lower").check(() -> target(id, "2026-Q3"),
                () -> setTarget(Tokens.admin(), id, "2026-Q3", Map.of("lower", 0, "upper", 3)));
        Refusal.of(ProblemType.INVALID_REQUEST, "upper").check(() -> target(id, "2026-Q3"),
                () -> setTarget(Tokens.admin(), id, "2026-Q3", Map.of("lower", 4, "upper", 3)));
        Refusal.of(ProblemType.INVALID_REQUEST, "lower").check(() -> target(id, "2026-Q3"),
                () -> setTarget(Tokens.admin(), id, "2026-Q3", Map.of("value", 4, "lower", 3)));
        Refusal.of(ProblemType.UNPROCESSABLE, "period").check(() -> target(id, "2026-07"),
                () -> setTarget(Tokens.admin(), id, "2026-07", Map.of("value", 4)));
        Refusal.of(ProblemType.INVALID_REQUEST, "period").check(() -> target(id, "2026-Q5"),
                () -> setTarget(Tokens.admin(), id, "2026-Q5", Map.of("value", 4)));
        setTarget(Tokens.admin(), id, "2026", Map.of("value", 40)).statusCode(200);
        Refusal.of(ProblemType.UNPROCESSABLE, "period").check(this::stored,
                () -> record(Tokens.admin(), id, "2026", 5));

        Map<String, Object> percent = Indicators.indicator(MAKASSAR, "HIGHER_IS_BETTER", "YEAR", "LAST");
        percent.put("unit", "PERCENT");
        String rate = Indicators.define(Tokens.admin(), percent).statusCode(201).extract().path("id");
        Refusal.of(ProblemType.UNPROCESSABLE, "value").check(() -> target(rate, "2026"),
                () -> setTarget(Tokens.admin(), rate, "2026", Map.of("value", 101)));
        setTarget(Tokens.admin(), rate, "2026", Map.of("value", 90)).statusCode(200);
        Refusal.of(ProblemType.UNPROCESSABLE, "value").check(this::stored,
                () -> record(Tokens.admin(), rate, "2026", 100.5));
        record(Tokens.admin(), rate, "2026", 99).statusCode(201).body("capaian", equalTo(110.0f));
    }

    @Test
    void aSecondRealisationIsA409AndATargetWithARealisationStays() {
        String id = defined(MAKASSAR, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        Indicators.reached(id, "2026-Q1", 40, 44);
        Refusal.of(ProblemType.CONFLICT).check(this::stored, () -> record(Tokens.admin(), id, "2026-Q1", 45))
                .body("detail", equalTo(("The realisation of indicator %s for 2026-Q1 is already recorded; correct "
                        + "it with PUT .../realisations/2026-Q1").formatted(Http.get(INDICATORS + "/" + id,
                        Tokens.admin()).extract().path("code").toString())));
        Refusal.of(ProblemType.CONFLICT).check(() -> target(id, "2026-Q1"),
                () -> setTarget(Tokens.admin(), id, "2026-Q1", Map.of("value", 50)));
    }

    @Test
    void rolesAndRegionsAreEnforced() {
        String id = defined(MAKASSAR, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        setTarget(Tokens.operator("73.71"), id, "2026-Q1", Map.of("value", 10)).statusCode(200);
        Refusal.of(ProblemType.NOT_FOUND).check(this::stored, () -> record(Tokens.operator("31"), id, "2026-Q1", 5));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> target(id, "2026-Q2"),
                () -> setTarget(Tokens.operator("31"), id, "2026-Q2", Map.of("value", 5)));
        Refusal.byRole().check(this::stored, () -> record(Tokens.analyst("73"), id, "2026-Q1", 5));
        Refusal.of(ProblemType.NOT_FOUND).check(this::stored,
                () -> record(Tokens.admin(), UUID.randomUUID().toString(), "2026-Q1", 5));
    }

    @Test
    void aRetryWithItsIdempotencyKeyGetsTheFirstAnswer() {
        String id = defined(MAKASSAR, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        setTarget(Tokens.admin(), id, "2026-Q1", Map.of("value", 10)).statusCode(200);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("period", "2026-Q1", "value", 5);
        String path = INDICATORS + "/" + id + "/realisations";
        String first = Http.postOnce(path, Tokens.admin(), key, body).statusCode(201).extract().path("id");
        String again = Http.postOnce(path, Tokens.admin(), key, body).statusCode(201).extract().path("id");
        assertEquals(first, again);
    }

    @Test
    void aFieldTheRealisationDoesNotHaveIsRefusedNotDropped() {
        String id = defined(MAKASSAR, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        Refusal.of(ProblemType.INVALID_REQUEST, "target").check(this::stored, () -> Http.post(
                        INDICATORS + "/" + id + "/realisations", Tokens.admin(),
                        Map.of("period", "2026-Q1", "value", 5, "target", 7)))
                .body("violations.field", contains("target"));
    }
}
