package id.simonev.performance.indicator;

import static id.simonev.performance.Indicators.INDICATORS;
import static id.simonev.performance.Indicators.defined;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.performance.Indicators;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Targets from a file: all or nothing, every bad row by line, each row as a single PUT of a target. */
@QuarkusTest
class TargetImportTests {

    private static final String IMPORT = INDICATORS + "/targets/import";
    private static final String HEADER = "kode_instansi;kode_indikator;periode;target;batas_bawah;batas_atas\n";

    @Inject
    TargetRepository targets;

    private String agency;
    private String id;
    private String code;

    @BeforeEach
    void aQuarterlyIndicatorOfAnAgencyOfItsOwn() {
        agency = "DINSOS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Register.ensureAgency(agency, "73.71");
        id = defined(agency, "HIGHER_IS_BETTER", "QUARTER", "CUMULATIVE");
        code = Http.get(INDICATORS + "/" + id, Tokens.admin()).extract().path("code");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> targets.count());
    }

    private String row(String period, String value, String lower, String upper) {
        return agency + ";" + code + ";" + period + ";" + value + ";" + lower + ";" + upper + "\n";
    }

    @Test
    void everyRowIsSetAsASinglePutWouldSetItAndASecondFileTellsWhatChanged() {
        String file = HEADER + row("2026-Q1", "7,5", "", "") + row("2026-Q2", "", "10", "20")
                + row("2026", "30", "", "");

        Http.upload(IMPORT, Tokens.operator("73.71"), file).statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0));

        Http.get(INDICATORS + "/" + id + "/targets/2026-Q1", Tokens.analyst("73")).statusCode(200)
                .body("value", equalTo(7.5f)).body("lower", nullValue());
        Http.get(INDICATORS + "/" + id + "/targets/2026-Q2", Tokens.analyst("73")).statusCode(200)
                .body("lower", equalTo(10)).body("upper", equalTo(20)).body("value", nullValue());
        Http.get(INDICATORS + "/" + id + "/targets/2026", Tokens.analyst("73")).statusCode(200)
                .body("value", equalTo(30));

        Http.upload(IMPORT, Tokens.operator("73.71"), HEADER + row("2026-Q1", "7.50", "", "")
                        + row("2026-Q2", "12", "", "") + row("2026-Q3", "9", "", "")).statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        Http.get(INDICATORS + "/" + id + "/targets/2026-Q2", Tokens.analyst("73")).statusCode(200)
                .body("value", equalTo(12)).body("lower", nullValue());

        // The unchanged row announces nothing: the defined indicator, three targets set, one changed, one new.
        List<Topics.Event> events = Topics.awaitEvents(Topics.PERFORMANCE, id, 6, Duration.ofSeconds(20));
        assertEquals(List.of("IndicatorDefined", "TargetSet", "TargetSet", "TargetSet", "TargetSet", "TargetSet"),
                events.stream().map(e -> e.value().path("type").asText()).toList());
    }

    @Test
    void aDryRunWritesNothing() {
        long before = stored();

        Http.upload(IMPORT, Tokens.operator("73"), (HEADER + row("2026-Q1", "7", "", ""))
                        .getBytes(StandardCharsets.UTF_8), true).statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(1));

        assertEquals(before, stored());
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(INDICATORS + "/" + id + "/targets/2026-Q1",
                Tokens.admin()));
    }

    @Test
    void oneBadRowWritesNothingAndEveryBadRowIsNamedByLineAndColumn() {
        Indicators.reached(id, "2026-Q4", 10, 9);
        lock("2025-Q4");
        String file = HEADER
                + row("2026-Q1", "7", "", "")
                + row("2026-Q2", "0", "", "")
                + agency + ";IKU-NONE;2026-Q2;7;;\n"
                + row("2026-Q4", "12", "", "")
                + row("2026-03", "7", "", "")
                + row("2026-S1", "", "10", "")
                + row("2026-S2", "tujuh", "", "")
                + row("2025-Q4", "7", "", "")
                + row("2026-Q1", "8", "", "");

        Refusal.of(ProblemType.INVALID_ROWS, "target").check(this::stored,
                        () -> Http.upload(IMPORT, Tokens.operator("73.71"), file))
                .body("detail", startsWith("8 of 9 rows are invalid"))
                .body("violations.line", contains(3, 4, 5, 6, 7, 8, 9, 10))
                .body("violations.field", contains("target", "kode_indikator", "periode", "periode",
                        "batas_atas", "target", "periode", "periode"))
                .body("violations[0].message", startsWith("must not be 0"))
                .body("violations[2].message", startsWith("Period 2026-Q4 of indicator " + code + " has a realisation"))
                .body("violations[6].message", startsWith("Period 2025-Q4 of agency " + agency + " is LOCKED"))
                .body("violations[7].message", startsWith("repeats line 2"));
    }

    @Test
    void anIndicatorOutsideTheCallersRegionsIsThatRowsError() {
        Refusal.of(ProblemType.INVALID_ROWS, "kode_instansi").check(this::stored,
                        () -> Http.upload(IMPORT, Tokens.operator("31"), HEADER + row("2026-Q1", "7", "", "")))
                .body("violations.line", contains(2))
                .body("violations.message", contains("agency " + agency + " is in region 73.71, which your token "
                        + "does not cover"));
    }

    private void lock(String period) {
        String path = "/api/v1/agencies/" + agency + "/periods/" + period;
        Http.post(path + "/verification", Tokens.operator("73")).statusCode(200);
        Http.post(path + "/lock", Tokens.operator("73")).statusCode(200);
    }
}
