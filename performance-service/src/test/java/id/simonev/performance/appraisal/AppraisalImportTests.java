package id.simonev.performance.appraisal;

import static id.simonev.performance.appraisal.AppraisalResourceTests.APPRAISALS;
import static id.simonev.performance.appraisal.AppraisalResourceTests.LAST_YEAR;
import static id.simonev.performance.appraisal.AppraisalResourceTests.newNip;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appraisals from an e-Kinerja export: all or nothing, every bad row by line, each row as a single appraisal. */
@QuarkusTest
class AppraisalImportTests {

    private static final String HEADER = "NIP;Periode;Hasil Kerja;Perilaku Kerja;NIP Penilai\n";

    private String supervisor;
    private String first;
    private String second;

    @BeforeEach
    void twoEmployeesAndTheirSupervisor() {
        Register.ensureAgency(AppraisalResourceTests.AGENCY, "73.71");
        supervisor = newNip();
        first = newNip();
        second = newNip();
        Register.ensureEmployee(supervisor, AppraisalResourceTests.AGENCY, "73.71", "ADMINISTRATOR", "IV/a", null);
        Register.ensureEmployee(first, AppraisalResourceTests.AGENCY, "73.71", "PELAKSANA", "III/a", supervisor);
        Register.ensureEmployee(second, AppraisalResourceTests.AGENCY, "73.71", "FUNGSIONAL", "III/c", supervisor);
    }

    @Test
    void everyRowIsRecordedWithTheRegulationsWords() {
        String file = HEADER
                + first + ";" + LAST_YEAR + ";Di Atas Ekspektasi;Sesuai Ekspektasi;\n"
                + second + ";" + LAST_YEAR + ";dibawah ekspektasi;DI ATAS EKSPEKTASI;" + supervisor + "\n";

        Http.upload(APPRAISALS + "/import", Tokens.operator("73.71"), file).statusCode(200)
                .body("created", equalTo(2));

        Http.get("/api/v1/employees/" + first + "/appraisals", Tokens.analyst("73")).statusCode(200)
                .body("predicate", contains("BAIK"))
                .body("appraiserNip", contains(supervisor));
        Http.get("/api/v1/employees/" + second + "/appraisals", Tokens.analyst("73")).statusCode(200)
                .body("predicate", contains("BUTUH_PERBAIKAN"));
    }

    @Test
    void oneBadRowWritesNothingAndEveryBadRowIsNamed() {
        String file = HEADER
                + first + ";" + LAST_YEAR + ";sesuai ekspektasi;sesuai ekspektasi;\n"
                + second + ";" + LAST_YEAR + ";luar biasa;sesuai ekspektasi;\n"
                + newNip() + ";" + LAST_YEAR + ";sesuai ekspektasi;sesuai ekspektasi;\n"
                + first + ";" + LAST_YEAR + ";sesuai ekspektasi;sesuai ekspektasi;\n"
                + second + ";" + LAST_YEAR + "-S2;sesuai ekspektasi;sesuai ekspektasi;\n";

        Refusal.of(ProblemType.INVALID_ROWS, "Hasil Kerja").check(AppraisalResourceTests::stored,
                        () -> Http.upload(APPRAISALS + "/import", Tokens.operator("73.71"), file))
                .body("violations.line", contains(3, 4, 5, 6))
                .body("violations.field", contains("Hasil Kerja", "NIP", "Periode", "Periode"));
    }

    @Test
    void aDryRunWritesNothing() {
        long before = AppraisalResourceTests.stored();
        Http.upload(APPRAISALS + "/import", Tokens.operator("73.71"), (HEADER + first + ";" + LAST_YEAR
                        + ";sesuai ekspektasi;sesuai ekspektasi;\n").getBytes(StandardCharsets.UTF_8), true)
                .statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1));
        assertEquals(before, AppraisalResourceTests.stored());
    }
}
