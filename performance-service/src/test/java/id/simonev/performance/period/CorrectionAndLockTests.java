package id.simonev.performance.period;

import static id.simonev.performance.Indicators.INDICATORS;
import static id.simonev.performance.Indicators.defined;
import static id.simonev.performance.Indicators.record;
import static id.simonev.performance.Indicators.setTarget;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
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
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrectionAndLockTests {

    private String agency;

    @BeforeEach
    void anAgencyOfItsOwn() {
        agency = "DINKES-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Register.ensureAgency(agency, "73.71");
    }

    private String periods(String period) {
        return "/api/v1/agencies/" + agency + "/periods/" + period;
    }

    private static String realisation(String id, String period) {
        return Http.read(INDICATORS + "/" + id + "/realisations/" + period);
    }

    private static io.restassured.response.ValidatableResponse correct(String token, String id, String period,
            Map<String, Object> correction) {
        return Http.put(INDICATORS + "/" + id + "/realisations/" + period, token, correction);
    }

    @Test
    void aCorrectionKeepsTheEarlierValueWhoWhenAndWhy() {
        String id = defined(agency, "LOWER_IS_BETTER", "QUARTER", "AVERAGE");
        Indicators.reached(id, "2026-Q1", 7, 6.5);
        Refusal.of(ProblemType.INVALID_REQUEST, "reason").check(() -> realisation(id, "2026-Q1"),
                () -> correct(Tokens.admin(), id, "2026-Q1", Map.of("value", 8)));

        correct(Tokens.operator("73"), id, "2026-Q1", Map.of("value", 8, "reason", "Dua aduan tercatat ganda",
                "evidence", "Rekap ulang")).statusCode(200)
                .body("realisation", equalTo(8)).body("capaian", equalTo(85.71f));
        Http.get(INDICATORS + "/" + id + "/realisations/2026-Q1", Tokens.analyst("73")).statusCode(200)
                .body("evidence", equalTo("Rekap ulang"))
                .body("corrections.size()", equalTo(1))
                .body("corrections[0].previousValue", equalTo(6.5f))
                .body("corrections[0].previousCapaian", equalTo(107.14f))
                .body("corrections[0].value", equalTo(8))
                .body("corrections[0].reason", equalTo("Dua aduan tercatat ganda"))
                .body("corrections[0].correctedBy", equalTo("operator@test"))
                .body("corrections[0].correctedAt", matchesPattern("\\d{4}-.*"));

        List<Topics.Event> events = Topics.awaitEvents(Topics.PERFORMANCE, id, 4, Duration.ofSeconds(20));
        assertEquals("RealisationCorrected", events.get(3).value().path("type").asText());
        assertEquals(6.5, events.get(3).value().path("data").path("previousRealisation").asDouble());
        events.forEach(e -> EventContract.assertValid(e.value()));
    }

    @Test
    void aLockedPeriodTakesNoRealisationCorrectionOrTargetAndSaysWhichLockSinceWhen() {
        String monthly = defined(agency, "HIGHER_IS_BETTER", "MONTH", "CUMULATIVE");
        Indicators.reached(monthly, "2026-01", 10, 9);
        setTarget(Tokens.admin(), monthly, "2026-02", Map.of("value", 10)).statusCode(200);

        Refusal.of(ProblemType.CONFLICT).check(() -> Http.read(periods("2026-Q1")),
                        () -> Http.post(periods("2026-Q1") + "/lock", Tokens.admin()))
                .body("detail", startsWith("Period 2026-Q1 of agency " + agency + " is RECORDED"));
        Http.post(periods("2026-Q1") + "/verification", Tokens.operator("73")).statusCode(200)
                .body("state", equalTo("VERIFIED"));
        Http.post(periods("2026-Q1") + "/lock", Tokens.operator("73.71")).statusCode(200)
                .body("state", equalTo("LOCKED"));
        String lockedAt = Http.get(periods("2026-Q1"), Tokens.analyst("73")).extract().path("lockedAt");
        String detail = "Period 2026-Q1 of agency " + agency + " is LOCKED since " + lockedAt + ", by operator@test";

        Refusal.of(ProblemType.CONFLICT).check(() -> realisation(monthly, "2026-02"),
                () -> record(Tokens.admin(), monthly, "2026-02", 5)).body("detail", startsWith(detail));
        Refusal.of(ProblemType.CONFLICT).check(() -> realisation(monthly, "2026-01"),
                        () -> correct(Tokens.admin(), monthly, "2026-01", Map.of("value", 11, "reason", "x")))
                .body("detail", startsWith(detail));
        Refusal.of(ProblemType.CONFLICT).check(() -> Http.read(INDICATORS + "/" + monthly + "/targets/2026-03"),
                        () -> setTarget(Tokens.admin(), monthly, "2026-03", Map.of("value", 10)))
                .body("detail", startsWith(detail));
        setTarget(Tokens.admin(), monthly, "2026-04", Map.of("value", 10)).statusCode(200);
        Refusal.of(ProblemType.CONFLICT).check(() -> Http.read(periods("2026-Q1")),
                () -> Http.post(periods("2026-Q1") + "/verification", Tokens.admin()))
                .body("detail", startsWith("Period 2026-Q1 of agency " + agency + " is LOCKED; it can be verified "
                        + "only when RECORDED"));

        Refusal.byRole().check(() -> Http.read(periods("2026-Q1")),
                () -> Http.post(periods("2026-Q1") + "/unlock", Tokens.operator("73"), Map.of("reason", "salah")));
        Refusal.of(ProblemType.INVALID_REQUEST, "reason").check(() -> Http.read(periods("2026-Q1")),
                () -> Http.post(periods("2026-Q1") + "/unlock", Tokens.admin(), Map.of("reason", " ")));
        Http.post(periods("2026-Q1") + "/unlock", Tokens.admin(), Map.of("reason", "Realisasi Januari salah input"))
                .statusCode(200).body("state", equalTo("RECORDED"))
                .body("unlockReason", equalTo("Realisasi Januari salah input"))
                .body("unlockedBy", equalTo("admin@test"));
        correct(Tokens.admin(), monthly, "2026-01", Map.of("value", 11, "reason", "Salah input")).statusCode(200)
                .body("capaian", equalTo(110.0f));

        List<Topics.Event> events = Topics.awaitEvents(Topics.PERFORMANCE, agency, 3, Duration.ofSeconds(20));
        assertEquals(List.of("PeriodVerified", "PeriodLocked", "PeriodUnlocked"),
                events.stream().map(e -> e.value().path("type").asText()).toList());
        events.forEach(e -> EventContract.assertValid(e.value()));
    }

    @Test
    void periodsOfAnotherRegionAreRefused() {
        Refusal.outsideRegions().check(() -> Http.read(periods("2026-Q1")),
                () -> Http.post(periods("2026-Q1") + "/verification", Tokens.operator("31")));
        Refusal.of(ProblemType.NOT_FOUND).check(
                () -> Http.post("/api/v1/agencies/NO-SUCH/periods/2026-Q1/verification", Tokens.admin()));
    }
}
