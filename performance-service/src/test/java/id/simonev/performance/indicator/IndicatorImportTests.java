package id.simonev.performance.indicator;

import static id.simonev.performance.Indicators.INDICATORS;
import static id.simonev.performance.Indicators.define;
import static id.simonev.performance.Indicators.indicator;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Indicators from a file: all or nothing, every bad row by line, each row as a single indicator. */
@QuarkusTest
class IndicatorImportTests {

    private static final String IMPORT = INDICATORS + "/import";
    private static final String HEADER = "Kode;Nama;Kode Instansi;Kode Unit;Satuan;Arah;Periode;Agregasi\n";

    @Inject
    IndicatorRepository indicators;

    private String agency;
    private String unit;

    @BeforeEach
    void anAgencyOfItsOwnWithAUnit() {
        agency = "DISHUB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        unit = "UPT-" + agency;
        Register.ensureAgency(agency, "73.71");
        Register.ensureServiceUnit(unit, agency, "73.71");
        Register.ensureAgency("DISHUB-JT", "31.75");
        Register.ensureServiceUnit("UPT-ADUAN-JT", "DISHUB-JT", "31.75");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> indicators.count());
    }

    @Test
    void everyRowIsDefinedAsASingleIndicatorWouldBeWithTheIndonesianWords() {
        String file = HEADER
                + "IKU-RESPON;Waktu respon pengaduan;" + agency + ";" + unit + ";hari;semakin rendah semakin baik;"
                + "Triwulan;Rata-rata\n"
                + "IKU-CAKUPAN;Cakupan layanan;" + agency + ";;persen;naik;tahunan;terakhir\n"
                + "IKU-IZIN;Izin terbit;" + agency + ";;COUNT;HIGHER_IS_BETTER;MONTH;CUMULATIVE\n";

        Http.upload(IMPORT, Tokens.operator("73.71"), file).statusCode(200)
                .body("dryRun", equalTo(false)).body("rows", equalTo(3)).body("created", equalTo(3));

        Http.get(INDICATORS + "?agency=" + agency + "&size=200", Tokens.analyst("73")).statusCode(200)
                .body("items.code", contains("IKU-CAKUPAN", "IKU-IZIN", "IKU-RESPON"))
                .body("items.unit", contains("PERCENT", "COUNT", "DAYS"))
                .body("items.direction", contains("HIGHER_IS_BETTER", "HIGHER_IS_BETTER", "LOWER_IS_BETTER"))
                .body("items.periodType", contains("YEAR", "MONTH", "QUARTER"))
                .body("items.aggregation", contains("LAST", "CUMULATIVE", "AVERAGE"))
                .body("items.serviceUnitCode", contains(null, null, unit))
                .body("items.regionCode", contains("73.71", "73.71", "73.71"))
                .body("items.active", contains(true, true, true));
    }

    @Test
    void aDryRunWritesNothing() {
        long before = stored();
        String file = HEADER + "IKU-RESPON;Waktu respon pengaduan;" + agency + ";;jam;turun;bulanan;kumulatif\n";

        Http.upload(IMPORT, Tokens.operator("73"), file.getBytes(StandardCharsets.UTF_8), true).statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(1));

        assertEquals(before, stored());
        Http.get(INDICATORS + "?agency=" + agency, Tokens.admin()).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void oneBadRowWritesNothingAndEveryBadRowIsNamedByLineAndColumn() {
        Map<String, Object> existing = indicator(agency, "HIGHER_IS_BETTER", "YEAR", "LAST");
        define(Tokens.admin(), existing).statusCode(201);
        String file = HEADER
                + "IKU-RESPON;Waktu respon pengaduan;" + agency + ";;hari;turun;triwulan;rata-rata\n"
                + "IKU-DETIK;Waktu antre;" + agency + ";;detik;turun;triwulan;rata-rata\n"
                + "IKU-X;Waktu antre;NO-SUCH-AGENCY;;hari;turun;triwulan;rata-rata\n"
                + "IKU-RESPON;Waktu respon lagi;" + agency + ";;hari;turun;triwulan;rata-rata\n"
                + existing.get("code") + ";Sudah ada;" + agency + ";;hari;turun;triwulan;rata-rata\n"
                + "IKU-UNIT;Unit lain;" + agency + ";UPT-ADUAN-JT;hari;turun;triwulan;rata-rata\n"
                + "IKU-NAMA; ;" + agency + ";;hari;ke samping;mingguan;rata-rata\n";

        Refusal.of(ProblemType.INVALID_ROWS, "Satuan").check(this::stored,
                        () -> Http.upload(IMPORT, Tokens.operator("73.71"), file))
                .body("detail", startsWith("6 of 7 rows are invalid"))
                .body("violations.line", contains(3, 4, 5, 6, 7, 8, 8, 8))
                .body("violations.field", contains("Satuan", "Kode Instansi", "Kode", "Kode", "Kode Unit",
                        "Arah", "Nama", "Periode"))
                .body("violations[2].message", startsWith("repeats line 2"))
                .body("violations[3].message", equalTo("Agency " + agency + " already has an indicator "
                        + existing.get("code")));
        Http.get(INDICATORS + "?agency=" + agency, Tokens.admin()).statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anAgencyOutsideTheCallersRegionsIsThatRowsErrorAndTheRoleIsChecked() {
        String file = HEADER + "IKU-RESPON;Waktu respon pengaduan;" + agency + ";;hari;turun;triwulan;rata-rata\n";

        Refusal.of(ProblemType.INVALID_ROWS, "Kode Instansi").check(this::stored,
                        () -> Http.upload(IMPORT, Tokens.operator("31"), file))
                .body("violations.line", contains(2))
                .body("violations.message", hasItem("agency " + agency + " is in region 73.71, which your token "
                        + "does not cover"));
        Refusal.byRole().check(this::stored, () -> Http.upload(IMPORT, Tokens.analyst("73"), file));
    }
}
