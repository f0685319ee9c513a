package id.simonev.programs.register;

import static id.simonev.programs.register.RegisterResourceTests.agency;
import static id.simonev.testing.Http.as;
import static id.simonev.testing.Http.get;
import static id.simonev.testing.Http.post;
import static id.simonev.testing.Http.put;
import static id.simonev.testing.Http.read;
import static id.simonev.testing.Http.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.EventContract;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The register's CSV imports, through the REST API: all or nothing, every bad row with its line. */
@QuarkusTest
class RegisterImportTests {

    private static final Logger LOG = Logger.getLogger(RegisterImportTests.class);
    private static final AtomicInteger BIRTHS = new AtomicInteger();

    /** A valid NIP no other test uses: born from 1990 on, a day each, appointed 2015-03. */
    private static String nip(char genderDigit) {
        LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(BIRTHS.incrementAndGet());
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "201503" + genderDigit + "001";
    }

    static ValidatableResponse importCsv(String register, String token, byte[] file, boolean dryRun) {
        return upload("/api/v1/" + register + "/import", token, file, dryRun);
    }

    static ValidatableResponse importCsv(String register, String token, String file) {
        return upload("/api/v1/" + register + "/import", token, file);
    }

    private static int total(String path, String filter, String value) {
        return as(Tokens.admin()).queryParam(filter, value).when().get(path)
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void regionsComeFromKemendagrisCodeListAndAReimportChangesNothing() {
        String file = "kode,nama\n97.71,Kota Uji\n97,Provinsi Uji\n97.01,Kabupaten Uji\n";

        importCsv("regions", Tokens.admin(), file)
                .statusCode(200)
                .body("rows", equalTo(3)).body("created", equalTo(3)).body("dryRun", equalTo(false));
        importCsv("regions", Tokens.admin(), file)
                .statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3));
        importCsv("regions", Tokens.operator("97"), "code;name\n97.71;Kota Uji Baru\n")
                .statusCode(200).body("updated", equalTo(1));

        as(Tokens.analyst("73")).when().get("/api/v1/regions/97.71").then().statusCode(200)
                .body("name", equalTo("Kota Uji Baru")).body("parentCode", equalTo("97"))
                .body("level", equalTo("KABUPATEN_KOTA"));
        // The re-import emitted nothing: the second event of 97.71 is the rename.
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, "97.71", 2, Duration.ofSeconds(20));
        assertEquals("RegionRegistered", events.get(0).value().path("type").asText());
        assertEquals("RegionUpdated", events.get(1).value().path("type").asText());
        assertEquals("Kota Uji Baru", events.get(1).value().path("data").path("name").asText());
        events.forEach(event -> EventContract.assertValid(event.value()));
    }

    @Test
    void aKabupatenWhoseProvinceIsNowhereIsARowErrorAndNothingIsWritten() {
        Refusal.of(ProblemType.INVALID_ROWS, "code").check(() -> read("/api/v1/regions/86"),
                        () -> importCsv("regions", Tokens.admin(), "code,name\n86,Provinsi A\n89.01,Kabupaten B\n87.1,C\n"))
                .body("violations.line", equalTo(List.of(3, 4)))
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", equalTo("province 89 of 89.01 is not in the register"))
                .body("violations[1].message", startsWith("must be a Kemendagri region code"));

    }

    @Test
    void regionsThroughTheApi() {
        post("/api/v1/regions", Tokens.admin(), Map.of("code", "88", "name", "Uji"))
                .statusCode(201).body("level", equalTo("PROVINCE"));
        post("/api/v1/regions", Tokens.operator("88"), Map.of("code", "88.02", "name", "Kota Uji Dua"))
                .statusCode(201).body("parentCode", equalTo("88"));
        Supplier<String> state = () -> read("/api/v1/regions/88") + read("/api/v1/regions/88.03")
                + read("/api/v1/regions/88.04") + read("/api/v1/regions/85.01");
        Refusal.outsideRegions().check(state,
                () -> post("/api/v1/regions", Tokens.operator("73"), Map.of("code", "88.03", "name", "Kota")));
        Refusal.byRole().check(state,
                () -> post("/api/v1/regions", Tokens.analyst("88"), Map.of("code", "88.04", "name", "Kota")));
        Refusal.of(ProblemType.CONFLICT).check(state,
                () -> post("/api/v1/regions", Tokens.admin(), Map.of("code", "88", "name", "Lagi")));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "code").check(state,
                () -> post("/api/v1/regions", Tokens.admin(), Map.of("code", "85.01", "name", "Yatim")));
        Refusal.outsideRegions().check(state,
                () -> put("/api/v1/regions/88", Tokens.operator("88.02"), Map.of("name", "X")));
        put("/api/v1/regions/88", Tokens.operator("88"), Map.of("name", "Provinsi Uji"))
                .statusCode(200).body("name", equalTo("Provinsi Uji"));

        as(Tokens.analyst("73")).queryParam("parent", "88").when().get("/api/v1/regions")
                .then().statusCode(200).body("items.code", equalTo(List.of("88.02")));
        as(Tokens.operator("73")).queryParam("level", "PROVINCE").queryParam("size", 200)
                .when().get("/api/v1/regions").then().statusCode(200).body("items.code", hasItem("88"));
        as(Tokens.admin()).queryParam("name", "MAKASS").when().get("/api/v1/regions")
                .then().statusCode(200).body("items.code", equalTo(List.of("73.71")));
        as(Tokens.admin()).queryParam("name", "%").when().get("/api/v1/regions")
                .then().statusCode(200).body("total", equalTo(0));
        Refusal.of(ProblemType.INVALID_REQUEST, "level").check(() -> as(Tokens.admin()).queryParam("level", "DESA")
                .when().get("/api/v1/regions").then());
        Refusal.of(ProblemType.NOT_FOUND).check(() -> get("/api/v1/regions/00", Tokens.admin()));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, "88", 2, Duration.ofSeconds(20));
        assertEquals("RegionUpdated", events.get(1).value().path("type").asText());
        EventContract.assertValid(events.get(1).value());
    }

    @Test
    void agenciesAreImportedOnlyInTheOperatorsRegions() {
        String a = "DINKES-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "DISHUB-" + UUID.randomUUID().toString().substring(0, 8);

        Refusal.of(ProblemType.INVALID_ROWS, "kode_wilayah").check(() -> total("/api/v1/agencies", "region", "53"),
                        () -> importCsv("agencies", Tokens.operator("53"), "kode_instansi;nama_instansi;kode_wilayah\n"
                                + a + ";Dinas Kesehatan;53.71\n" + b + ";Dinas Perhubungan;73.71\n"))
                .body("violations.line", equalTo(List.of(3)))
                .body("violations[0].message", startsWith("Your token does not cover region 73.71"));

        importCsv("agencies", Tokens.operator("53"), "code,name,regionCode\n" + a + ",Dinas Kesehatan,53.71\n")
                .statusCode(200).body("created", equalTo(1));
        importCsv("agencies", Tokens.admin(), "code,name,regionCode\n" + a + ",Dinas Kesehatan Kota Kupang,53.71\n"
                + b + ",Dinas Perhubungan,31.71\n")
                .statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1));
        importCsv("agencies", Tokens.admin(), "code,name,regionCode\n" + a + ",Dinas Kesehatan,73.71\n")
                .statusCode(422).body("violations[0].message", startsWith("is 73.71 but agency " + a));
        importCsv("agencies", Tokens.admin(), "code,name,regionCode\nbad code,Dinas,73.71\n")
                .statusCode(422).body("violations[0].field", equalTo("code"));

        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, a, 2, Duration.ofSeconds(20));
        assertEquals("AgencyUpdated", events.get(1).value().path("type").asText());
        events.forEach(event -> EventContract.assertValid(event.value()));
    }

    @Test
    void aCsvFileIsAcceptedAsBrowsersSendIt() {
        String code = "BKD-" + UUID.randomUUID().toString().substring(0, 8);

        // What a browser sends for a .csv file where a spreadsheet program is installed.
        as(Tokens.admin()).contentType("application/vnd.ms-excel")
                .body(("code,name,regionCode\n" + code + ",Badan Kepegawaian Daerah,73.71\n")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/agencies/import").then()
                .statusCode(200).body("created", equalTo(1));
        get("/api/v1/agencies/" + code, Tokens.admin()).statusCode(200).body("name", equalTo("Badan Kepegawaian Daerah"));
    }

    @Test
    void serviceUnitsTakeTheirYearlyUsersFromTheFile() {
        String agency = agency("31.75");
        String unit = "PKM-" + UUID.randomUUID().toString().substring(0, 8);

        importCsv("service-units", Tokens.operator("31"), "Kode Unit,Nama Unit,Kode Instansi,Jumlah Pengguna Layanan\n"
                + unit + ",Puskesmas Cakung," + agency + ",\n")
                .statusCode(200).body("created", equalTo(1));
        importCsv("service-units", Tokens.operator("31"), "kode,nama,kode_instansi,jumlah_pengguna_layanan\n"
                + unit + ",Puskesmas Cakung," + agency + ",12000\n"
                + "PKM-X-" + unit + ",Puskesmas," + agency + ",banyak\n"
                + "PKM-Y-" + unit + ",Puskesmas,NO-SUCH-AGENCY,10\n"
                + "PKM-Z-" + unit + ",Puskesmas," + agency + ",0\n")
                .statusCode(422)
                .body("violations.line", equalTo(List.of(3, 4, 5)))
                .body("violations.field", equalTo(List.of("jumlah_pengguna_layanan", "kode_instansi",
                        "jumlah_pengguna_layanan")));
        importCsv("service-units", Tokens.operator("31"), "kode,nama,kode_instansi,jumlah_pengguna_layanan\n"
                + unit + ",Puskesmas Cakung," + agency + ",12000\n")
                .statusCode(200).body("updated", equalTo(1));

        as(Tokens.admin()).when().get("/api/v1/service-units/" + unit).then()
                .body("yearlyServiceUsers", equalTo(12000)).body("regionCode", equalTo("31.75"));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, unit, 2, Duration.ofSeconds(20));
        assertEquals(12000, events.get(1).value().path("data").path("yearlyServiceUsers").asInt());
        events.forEach(event -> EventContract.assertValid(event.value()));
    }

    @Test
    void employeesAsAPersonnelSystemExportsThemWithBomSemicolonsAndCrlf() {
        String agency = agency("73.71");
        String first = nip('1');
        String second = nip('2');
        String file = "\uFEFFNIP;Nama;Jenis Kelamin;Kode Instansi;Jabatan;Status Kepegawaian\r\n"
                + first + ";Andi Baso;L;" + agency + ";Kepala Puskesmas;PNS\r\n"
                + second.substring(0, 8) + " " + second.substring(8, 14) + " 2 001;\"Nur, S.Kep\";Perempuan;"
                + agency + ";;pppk\r\n\r\n";

        importCsv("employees", Tokens.operator("73"), file.getBytes(StandardCharsets.UTF_8), false)
                .statusCode(200).body("rows", equalTo(2)).body("created", equalTo(2));
        importCsv("employees", Tokens.operator("73"), file.getBytes(StandardCharsets.UTF_8), false)
                .statusCode(200).body("unchanged", equalTo(2)).body("created", equalTo(0));
        importCsv("employees", Tokens.operator("73"), file.replace("Kepala Puskesmas", "Analis")
                .getBytes(StandardCharsets.UTF_8), false)
                .statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1));

        as(Tokens.admin()).when().get("/api/v1/employees/" + second).then().statusCode(200)
                .body("name", equalTo("Nur, S.Kep")).body("gender", equalTo("P")).body("status", equalTo("PPPK"))
                .body("regionCode", equalTo("73.71"));
        // The re-import emitted nothing: the second event of the first NIP is the change of position.
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, first, 2, Duration.ofSeconds(20));
        assertEquals("EmployeeRegistered", events.get(0).value().path("type").asText());
        assertEquals("EmployeeUpdated", events.get(1).value().path("type").asText());
        assertEquals("Analis", events.get(1).value().path("data").path("position").asText());
        events.forEach(event -> EventContract.assertValid(event.value()));
        EventContract.assertValid(
                Topics.awaitEvents(Topics.PROGRAMS, second, 1, Duration.ofSeconds(20)).get(0).value());
    }

    @Test
    void everyBadRowIsListedWithItsLineAndNothingIsWritten() {
        String agency = agency("73.71");
        String good = nip('1');
        String repeated = nip('2');
        String file = "nip,nama,jenis_kelamin,kode_instansi,jabatan,status_kepegawaian\n"
                + good + ",Andi,L," + agency + ",Analis,PNS\n"
                + "196702301992031001,Budi,L," + agency + ",,PNS\n"
                + nip('1') + ",Citra,P," + agency + ",,PNS\n"
                + nip('1') + ",Dedi,L,NO-SUCH-AGENCY,,PNS\n"
                + repeated + ",Eka,P," + agency + ",,PNS\n"
                + repeated + ",Eka,P," + agency + ",,PNS\n"
                + nip('1') + ",Fajar,L," + agency + ",,HONORER\n"
                + nip('1') + ",,X," + agency + ",,PNS\n";

        Refusal.of(ProblemType.INVALID_ROWS, "nip").check(() -> total("/api/v1/employees", "agency", agency),
                        () -> importCsv("employees", Tokens.admin(), file))
                .body("detail", startsWith("6 of 8 rows are invalid"))
                .body("violations.line", equalTo(List.of(3, 4, 5, 7, 8, 9, 9)))
                .body("violations.field", equalTo(List.of("nip", "jenis_kelamin", "kode_instansi", "nip",
                        "status_kepegawaian", "jenis_kelamin", "nama")))
                .body("violations[0].message", equalTo("holds an impossible birth date 19670230"))
                .body("violations[1].message", equalTo("is P but the NIP's gender digit says L"))
                .body("violations[2].message",
                        equalTo("agency NO-SUCH-AGENCY is not in the register or no longer active"))
                .body("violations[3].message", equalTo("repeats line 6: each may appear only once in a file"))
                .body("violations[4].message", equalTo("must be one of PNS, PPPK"));

        get("/api/v1/employees/" + good, Tokens.admin()).statusCode(404);
        assertEquals(0, total("/api/v1/employees", "agency", agency));
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() {
        String agency = agency("53.71");
        String file = "nip,name,gender,agencyCode,status\n" + nip('1') + ",Andi,L," + agency + ",PNS\n"
                + nip('2') + ",Nur,P," + agency + ",PPPK\n";

        importCsv("employees", Tokens.operator("53.71"), file.getBytes(StandardCharsets.UTF_8), true)
                .statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(2));
        assertEquals(0, total("/api/v1/employees", "agency", agency));
        Refusal.of(ProblemType.INVALID_REQUEST, "dryRun").check(() -> total("/api/v1/employees", "agency", agency),
                () -> as(Tokens.admin()).contentType("text/csv").body(file).queryParam("dryRun", "yes")
                        .when().post("/api/v1/employees/import").then());
        importCsv("employees", Tokens.operator("53.71"), file.replace(",PPPK", ",KONTRAK")
                .getBytes(StandardCharsets.UTF_8), true)
                .statusCode(422).body("violations.line", equalTo(List.of(3)));
    }

    @Test
    void anOperatorImportsNoEmployeeOutsideItsRegions() {
        String kupang = agency("53.71");
        String makassar = agency("73.71");
        String moved = nip('1');
        importCsv("employees", Tokens.admin(), "nip,name,gender,agencyCode,status\n" + moved + ",Andi,L," + kupang
                + ",PNS\n").statusCode(200);

        Refusal.of(ProblemType.INVALID_ROWS, "agencyCode").check(() -> total("/api/v1/employees", "agency", makassar),
                        () -> importCsv("employees", Tokens.operator("73"), "nip,name,gender,agencyCode,status\n"
                                + nip('1') + ",Budi,L," + makassar + ",PNS\n"
                                + nip('2') + ",Citra,P," + kupang + ",PNS\n"
                                + moved + ",Andi,L," + makassar + ",PNS\n"))
                .body("violations.line", equalTo(List.of(3, 4)))
                .body("violations.field", equalTo(List.of("agencyCode", "nip")))
                .body("violations.message", equalTo(List.of(
                        "agency " + kupang + " is in region 53.71, which your token does not cover",
                        "employee " + moved + " is in region 53.71, which your token does not cover")));
        assertEquals(0, total("/api/v1/employees", "agency", makassar));
    }

    @Test
    void filesThatAreNoRegisterAreA400AndOnlyOperatorsAndAdminsImport() {
        Supplier<String> state = () -> read("/api/v1/employees/196711101992031001") + read("/api/v1/agencies/A");
        Refusal.of(ProblemType.INVALID_REQUEST, "gender").check(state,
                        () -> importCsv("employees", Tokens.admin(), "nip;nama;jabatan\n196711101992031001;Andi;Analis\n"))
                .body("violations.field", equalTo(List.of("gender", "agencyCode", "status")))
                .body("violations[0].message", equalTo("is a required column (also accepted: jenis_kelamin, jk)"));
        importCsv("employees", Tokens.admin(), new byte[0], false).statusCode(400);
        importCsv("employees", Tokens.admin(), new byte[] {0x50, 0x4B, 0x03, 0x04, (byte) 0xFF, 0x00}, false)
                .statusCode(400).contentType("application/problem+json");
        importCsv("agencies", Tokens.admin(), "code" + ",x".repeat(100_000) + "\n").statusCode(400);
        importCsv("agencies", Tokens.admin(), "code,name,regionCode\n\"A,B,73.71\n").statusCode(400)
                .body("violations[0].line", equalTo(2));
        Refusal.byRole().check(state,
                () -> importCsv("agencies", Tokens.analyst("73"), "code,name,regionCode\nA,B,73.71\n"));
        Refusal.of(ProblemType.UNAUTHENTICATED).check(state, () -> given().contentType("text/csv")
                .body("code,name,regionCode\nA,B,73.71\n").when().post("/api/v1/agencies/import").then());
        Refusal.of(ProblemType.UNSUPPORTED_MEDIA_TYPE).check(state, () -> as(Tokens.admin())
                .contentType("application/json").body("{}").when().post("/api/v1/regions/import").then());
    }

    /**
     * An office's first import: thousands of employees in one file. Asserts no timing (the test
     * command asserts none) but logs it, the figure reported with the change.
     */
    @Test
    void fiveThousandEmployeesInOneFile() {
        String agency = agency("31.71");
        String file = "nip;nama;jenis_kelamin;kode_instansi;jabatan;status_kepegawaian\n" + IntStream.range(0, 5_000)
                .mapToObj(i -> LocalDate.of(1960, 1, 1).plusDays(i / 9).format(DateTimeFormatter.BASIC_ISO_DATE)
                        + "198803" + (i % 2 == 0 ? "1" : "2") + String.format("%03d", 900 + i % 9) + ";Pegawai " + i
                        + ";" + (i % 2 == 0 ? "L" : "P") + ";" + agency + ";Pelaksana;PNS")
                .collect(Collectors.joining("\n"));
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        importCsv("employees", Tokens.admin(), bytes, true).statusCode(200).body("created", equalTo(5_000));
        long dryRun = System.nanoTime();
        importCsv("employees", Tokens.admin(), bytes, false).statusCode(200).body("created", equalTo(5_000));
        long created = System.nanoTime();
        importCsv("employees", Tokens.admin(), bytes, false).statusCode(200).body("unchanged", equalTo(5_000));
        long again = System.nanoTime();

        LOG.infof("Import of 5000 employees (%d bytes): dry run %d ms, created %d ms, again unchanged %d ms",
                bytes.length, (dryRun - start) / 1_000_000, (created - dryRun) / 1_000_000,
                (again - created) / 1_000_000);
        assertEquals(5_000, total("/api/v1/employees", "agency", agency));
    }
}
