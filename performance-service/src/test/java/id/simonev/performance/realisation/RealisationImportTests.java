package id.simonev.performance.realisation;

import static id.simonev.performance.Indicators.INDICATORS;
import static id.simonev.performance.Indicators.defined;
import static id.simonev.performance.Indicators.setTarget;
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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Realisations from a file: all or nothing, every bad row by line, each row as a single realisation. */
@QuarkusTest
class RealisationImportTests {

    private static final String IMPORT = INDICATORS + "/realisations/import";
    private static final String HEADER = "Kode Instansi,Kode Indikator,Periode,Realisasi,Bukti\n";

    @Inject
    RealisationRepository realisations;

    private String agency;
    private String id;
    private String code;

    @BeforeEach
    void aQuarterlyWaitingTimeWithTargets() {
        agency = "DPMPTSP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Register.ensureAgency(agency, "73.71");
        id = defined(agency, "LOWER_IS_BETTER", "QUARTER", "AVERAGE");
        code = Http.get(INDICATORS + "/" + id, Tokens.admin()).extract().path("code");
        for (String period : new String[] {"2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"}) {
            setTarget(Tokens.admin(), id, period, Map.of("value", 7)).statusCode(200);
        }
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> realisations.count());
    }

    private String row(String period, String value, String evidence) {
        return agency + "," + code + "," + period + "," + value + "," + evidence + "\n";
    }

    @Test
    void everyRowIsRecordedAsASinglePostWouldRecordItWithItsCapaian() {
        String file = HEADER + row("2026-Q1", "\"6,5\"", "Rekap aplikasi pengaduan triwulan I")
                + row("2026-Q2", "8", "");

        Http.upload(IMPORT, Tokens.operator("73.71"), file).statusCode(200)
                .body("rows", equalTo(2)).body("created", equalTo(2));

        Http.get(INDICATORS + "/" + id + "/realisations/2026-Q1", Tokens.analyst("73")).statusCode(200)
                .body("realisation", equalTo(6.5f))
                .body("capaian", equalTo(107.14f))
                .body("evidence", equalTo("Rekap aplikasi pengaduan triwulan I"))
                .body("recordedBy", equalTo("operator@test"));
        Http.get(INDICATORS + "/" + id + "/realisations/2026-Q2", Tokens.analyst("73")).statusCode(200)
                .body("capaian", equalTo(85.71f)).body("evidence", nullValue());
    }

    @Test
    void aDryRunWritesNothing() {
        long before = stored();

        Http.upload(IMPORT, Tokens.operator("73"), (HEADER + row("2026-Q1", "6.5", ""))
                        .getBytes(StandardCharsets.UTF_8), true).statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(1));

        assertEquals(before, stored());
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get(INDICATORS + "/" + id + "/realisations/2026-Q1",
                Tokens.admin()));
    }

    @Test
    void oneBadRowWritesNothingAndEveryBadRowIsNamedByLineAndColumn() {
        Indicators.record(Tokens.admin(), id, "2026-Q3", 7).statusCode(201);
        String path = "/api/v1/agencies/" + agency + "/periods/2025-Q4";
        Http.post(path + "/verification", Tokens.operator("73")).statusCode(200);
        Http.post(path + "/lock", Tokens.operator("73")).statusCode(200);
        String file = HEADER
                + row("2026-Q1", "6.5", "")
                + row("2026-Q4", "6", "")
                + row("2026-Q2", "", "")
                + "NO-SUCH-AGENCY," + code + ",2026-Q2,6,\n"
                + row("2026-05", "6", "")
                + row("2026-Q3", "6", "")
                + row("2025-Q4", "6", "")
                + row("2026-Q1", "6", "");

        Refusal.of(ProblemType.INVALID_ROWS, "Periode").check(this::stored,
                        () -> Http.upload(IMPORT, Tokens.operator("73.71"), file))
                .body("detail", startsWith("7 of 8 rows are invalid"))
                .body("violations.line", contains(3, 4, 5, 6, 7, 8, 9))
                .body("violations.field", contains("Periode", "Realisasi", "Kode Instansi", "Periode", "Periode",
                        "Periode", "Periode"))
                .body("violations[0].message", startsWith("period 2026-Q4 of indicator " + code + " has no target"))
                .body("violations[1].message", equalTo("must not be null"))
                .body("violations[4].message", startsWith("The realisation of indicator " + code + " for 2026-Q3 "
                        + "is already recorded"))
                .body("violations[5].message", startsWith("Period 2025-Q4 of agency " + agency + " is LOCKED"))
                .body("violations[6].message", startsWith("repeats line 2"));
    }

    @Test
    void anIndicatorOutsideTheCallersRegionsIsThatRowsError() {
        Refusal.of(ProblemType.INVALID_ROWS, "Kode Instansi").check(this::stored,
                        () -> Http.upload(IMPORT, Tokens.operator("31"), HEADER + row("2026-Q1", "6.5", "")))
                .body("violations.line", contains(2))
                .body("violations.message", contains("agency " + agency + " is in region 73.71, which your token "
                        + "does not cover"));
    }
}
