package id.simonev.programs.employee;

import static id.simonev.testing.Http.as;
import static id.simonev.testing.Http.get;
import static id.simonev.testing.Http.post;
import static id.simonev.testing.Http.put;
import static id.simonev.testing.Http.read;
import static id.simonev.testing.Http.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.programs.program.ProgramFixtures;
import id.simonev.testing.EventContract;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What appraisal and evaluation need of an employee, through the REST API: jenis jabatan,
 * golongan of the employee's status, and the atasan langsung, checked like every other reference,
 * in JSON and in a file, and carried by the employee's events.
 */
@QuarkusTest
class EmployeeAppraisalFieldsTests {

    private static final String EMPLOYEES = "/api/v1/employees";
    private static final AtomicInteger BIRTHS = new AtomicInteger();

    /** A valid NIP no other test uses: born from 1980 on, a day each, appointed 2005-04. */
    private static String nip(char genderDigit) {
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(BIRTHS.incrementAndGet());
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "200504" + genderDigit + "001";
    }

    /** The NIP as an ID card prints it. */
    private static String grouped(String nip) {
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
    }

    private static Map<String, Object> employee(String nip, String agency, String status, String positionType,
                                                String rank, String supervisorNip) {
        Map<String, Object> employee = new HashMap<>();
        employee.put("nip", nip);
        employee.put("name", "Pegawai " + nip.substring(0, 8));
        employee.put("gender", nip.charAt(14) == '1' ? "L" : "P");
        employee.put("agencyCode", agency);
        employee.put("position", "Analis");
        employee.put("status", status);
        employee.put("positionType", positionType);
        employee.put("rank", rank);
        employee.put("supervisorNip", supervisorNip);
        return employee;
    }

    private static Map<String, Object> change(Map<String, Object> employee) {
        Map<String, Object> change = new HashMap<>(employee);
        change.remove("nip");
        change.remove("gender");
        return change;
    }

    private static String register(String agency, String positionType, String rank, String supervisorNip) {
        String nip = nip('1');
        post(EMPLOYEES, Tokens.admin(), employee(nip, agency, "PNS", positionType, rank, supervisorNip))
                .statusCode(201);
        return nip;
    }

    private static JsonNode data(Topics.Event event) {
        EventContract.assertValid(event.value());
        return event.value().path("data");
    }

    @Test
    void anEmployeeIsRegisteredWithJenisJabatanGolonganAndSupervisorAndTheEventCarriesThem() {
        String agency = ProgramFixtures.agency("73.71");
        String head = nip('1');
        String staff = nip('2');

        post(EMPLOYEES, Tokens.operator("73.71"), employee(head, agency, "PNS", "ADMINISTRATOR", "IV/a", null))
                .statusCode(201)
                .body("positionType", equalTo("ADMINISTRATOR"))
                .body("rank", equalTo("IV/a"))
                .body("supervisorNip", nullValue());
        post(EMPLOYEES, Tokens.operator("73.71"), employee(staff, agency, "PPPK", "FUNGSIONAL", " ix ", grouped(head)))
                .statusCode(201)
                .body("rank", equalTo("IX"))
                .body("supervisorNip", equalTo(head));

        get(EMPLOYEES + "/" + staff, Tokens.analyst("73")).statusCode(200)
                .body("positionType", equalTo("FUNGSIONAL"))
                .body("rank", equalTo("IX"))
                .body("supervisorNip", equalTo(head));
        JsonNode registered = data(Topics.awaitEvents(Topics.PROGRAMS, staff, 1, Duration.ofSeconds(20)).get(0));
        assertEquals("FUNGSIONAL", registered.path("positionType").asText());
        assertEquals("IX", registered.path("rank").asText());
        assertEquals(head, registered.path("supervisorNip").asText());
        JsonNode theHead = data(Topics.awaitEvents(Topics.PROGRAMS, head, 1, Duration.ofSeconds(20)).get(0));
        assertEquals("IV/a", theHead.path("rank").asText());
        assertTrue(theHead.has("supervisorNip") && theHead.path("supervisorNip").isNull(), theHead.toString());
    }

    @Test
    void aChangeTakesTheNewValuesAndAnnouncesThemAndTheSameValuesAgainChangeNothing() {
        String agency = ProgramFixtures.agency("73.71");
        String head = register(agency, "ADMINISTRATOR", "IV/a", null);
        String otherHead = register(agency, "PENGAWAS", "III/d", null);
        String staff = register(agency, "PELAKSANA", "II/c", head);
        Map<String, Object> promoted = change(employee(staff, agency, "PNS", "FUNGSIONAL", "iii/A", otherHead));

        put(EMPLOYEES + "/" + staff, Tokens.operator("73"), promoted)
                .statusCode(200)
                .body("positionType", equalTo("FUNGSIONAL"))
                .body("rank", equalTo("III/a"))
                .body("supervisorNip", equalTo(otherHead));
        put(EMPLOYEES + "/" + staff, Tokens.operator("73"), promoted).statusCode(200);
        promoted.remove("supervisorNip");
        put(EMPLOYEES + "/" + staff, Tokens.operator("73"), promoted)
                .statusCode(200).body("supervisorNip", nullValue());

        // The second change emitted nothing: the third event is the supervisor taken away.
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, staff, 3, Duration.ofSeconds(20));
        JsonNode changed = data(events.get(1));
        assertEquals("EmployeeUpdated", events.get(1).value().path("type").asText());
        assertEquals("III/a", changed.path("rank").asText());
        assertEquals(otherHead, changed.path("supervisorNip").asText());
        assertTrue(data(events.get(2)).path("supervisorNip").isNull());
        assertEquals("III/a", data(events.get(2)).path("rank").asText());
    }

    @Test
    void theSupervisorIsAnotherActiveEmployeeInTheCallersRegionsAndEachRefusalNamesTheField() {
        String makassar = ProgramFixtures.agency("73.71");
        String kupang = ProgramFixtures.agency("53.71");
        String head = register(makassar, "ADMINISTRATOR", "IV/a", null);
        String faraway = register(kupang, "ADMINISTRATOR", "IV/b", null);
        String retired = register(makassar, "PENGAWAS", "III/d", null);
        post(EMPLOYEES + "/" + retired + "/deactivation", Tokens.admin()).statusCode(200);
        String nip = nip('2');
        Supplier<String> state = () -> read(EMPLOYEES + "/" + nip);

        Refusal.of(ProblemType.INVALID_REQUEST, "supervisorNip").check(state,
                        () -> post(EMPLOYEES, Tokens.admin(), employee(nip, makassar, "PNS", null, null, grouped(nip))))
                .body("violations[0].message",
                        equalTo("is the employee's own NIP: an employee is not their own atasan langsung"));
        String stranger = nip('1');
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "supervisorNip").check(state,
                        () -> post(EMPLOYEES, Tokens.admin(), employee(nip, makassar, "PNS", null, null, stranger)))
                .body("violations[0].message",
                        equalTo("employee " + stranger + " is not in the register or no longer active"));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "supervisorNip").saying("employee " + retired + " is not in the")
                .check(state, () -> post(EMPLOYEES, Tokens.admin(),
                        employee(nip, makassar, "PNS", null, null, retired)));
        Refusal.of(ProblemType.FORBIDDEN, "supervisorNip")
                .saying("employee " + faraway + " is in region 53.71, which your token does not cover")
                .check(state, () -> post(EMPLOYEES, Tokens.operator("73"),
                        employee(nip, makassar, "PNS", null, null, faraway)));
        Refusal.of(ProblemType.INVALID_REQUEST, "supervisorNip").check(state,
                        () -> post(EMPLOYEES, Tokens.admin(), employee(nip, makassar, "PNS", null, null, "12345")))
                .body("violations[0].message", equalTo("must be 18 digits, or grouped as 19671110 199203 1 001"));

        post(EMPLOYEES, Tokens.operator("73"), employee(nip, makassar, "PNS", null, null, head)).statusCode(201);
        Map<String, Object> moved = change(employee(nip, makassar, "PNS", null, null, faraway));
        Refusal.of(ProblemType.FORBIDDEN, "supervisorNip").saying("employee " + faraway + " is in region 53.71")
                .check(state, () -> put(EMPLOYEES + "/" + nip, Tokens.operator("73"), moved));
        put(EMPLOYEES + "/" + nip, Tokens.operator("73", "53"), moved)
                .statusCode(200).body("supervisorNip", equalTo(faraway));
    }

    @Test
    void theGolonganIsOneOfTheEmployeesStatusAndTheJenisJabatanOneOfTheFive() {
        String agency = ProgramFixtures.agency("73.71");
        String nip = nip('1');
        Supplier<String> state = () -> read(EMPLOYEES + "/" + nip);

        Refusal.of(ProblemType.INVALID_REQUEST, "rank").check(state,
                        () -> post(EMPLOYEES, Tokens.admin(), employee(nip, agency, "PNS", null, "IX", null)))
                .body("violations[0].message",
                        equalTo("must be a golongan/ruang of a PNS, I/a to IV/e (IX is a golongan of a PPPK)"));
        Refusal.of(ProblemType.INVALID_REQUEST, "rank").check(state,
                        () -> post(EMPLOYEES, Tokens.admin(), employee(nip, agency, "PPPK", null, "III/a", null)))
                .body("violations[0].message",
                        equalTo("must be a golongan of a PPPK, I to XVII (III/a is a golongan/ruang of a PNS)"));
        Refusal.of(ProblemType.INVALID_REQUEST, "rank").check(state,
                        () -> post(EMPLOYEES, Tokens.admin(), employee(nip, agency, "PNS", null, "IV/f", null)))
                .body("violations[0].message", equalTo("must be a golongan/ruang of a PNS, I/a to IV/e"));
        Refusal.of(ProblemType.INVALID_REQUEST, "positionType").check(state,
                        () -> post(EMPLOYEES, Tokens.admin(), employee(nip, agency, "PNS", "ESELON_III", null, null)))
                .body("violations[0].message",
                        equalTo("must be one of JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL"));

        post(EMPLOYEES, Tokens.admin(), employee(nip, agency, "PNS", "JPT", "IV/e", null)).statusCode(201);
        Refusal.of(ProblemType.INVALID_REQUEST, "rank").check(state, () -> put(EMPLOYEES + "/" + nip,
                Tokens.admin(), change(employee(nip, agency, "PPPK", "JPT", "IV/e", null))));
    }

    @Test
    void aSupervisorCannotAnswerToTheirOwnSubordinateHoweverFarDown() {
        String agency = ProgramFixtures.agency("73.71");
        String head = register(agency, "JPT", "IV/c", null);
        String middle = register(agency, "ADMINISTRATOR", "IV/a", head);
        String staff = register(agency, "PELAKSANA", "II/c", middle);
        Supplier<String> state = () -> read(EMPLOYEES + "/" + head);

        Refusal.of(ProblemType.UNPROCESSABLE, "supervisorNip").check(state, () -> put(EMPLOYEES + "/" + head,
                        Tokens.admin(), change(employee(head, agency, "PNS", "JPT", "IV/c", middle))))
                .body("violations[0].message", equalTo("employee " + middle + " answers, directly or through "
                        + "others, to " + head + ": a supervisor cannot be supervised by their own subordinate"));
        Refusal.of(ProblemType.UNPROCESSABLE, "supervisorNip").check(state, () -> put(EMPLOYEES + "/" + head,
                Tokens.admin(), change(employee(head, agency, "PNS", "JPT", "IV/c", staff))));
        Refusal.of(ProblemType.INVALID_REQUEST, "supervisorNip").check(state, () -> put(EMPLOYEES + "/" + head,
                Tokens.admin(), change(employee(head, agency, "PNS", "JPT", "IV/c", head))));
    }

    @Test
    void anImportReadsTheOfficesColumnsAndASupervisorFromAnyRowOfTheFile() {
        String agency = ProgramFixtures.agency("73.71");
        String staff = nip('2');
        String head = nip('1');
        String contract = nip('2');
        String file = "NIP;Nama;Jenis Kelamin;Kode Instansi;Status Kepegawaian;Jenis Jabatan;Golongan;NIP Atasan\n"
                + staff + ";Nur;P;" + agency + ";PNS;Pelaksana;ii/c;" + grouped(head) + "\n"
                + head + ";Andi;L;" + agency + ";PNS;Administrator;IV/a;\n"
                + contract + ";Sri;P;" + agency + ";PPPK;Fungsional Tertentu;IX;" + head + "\n";

        upload(EMPLOYEES + "/import", Tokens.operator("73"), file).statusCode(200).body("created", equalTo(3));

        get(EMPLOYEES + "/" + staff, Tokens.admin()).statusCode(200)
                .body("positionType", equalTo("PELAKSANA")).body("rank", equalTo("II/c"))
                .body("supervisorNip", equalTo(head));
        get(EMPLOYEES + "/" + contract, Tokens.admin()).statusCode(200)
                .body("positionType", equalTo("FUNGSIONAL")).body("rank", equalTo("IX"))
                .body("supervisorNip", equalTo(head));
        assertEquals(head, data(Topics.awaitEvents(Topics.PROGRAMS, staff, 1, Duration.ofSeconds(20)).get(0))
                .path("supervisorNip").asText());

        // A file without golongan and jenis jabatan leaves them; a blank atasan_langsung takes the supervisor away.
        upload(EMPLOYEES + "/import", Tokens.operator("73"), "nip,nama,jenis_kelamin,kode_instansi,"
                + "status_kepegawaian,atasan_langsung\n" + staff + ",Nur,P," + agency + ",PNS,\n")
                .statusCode(200).body("updated", equalTo(1));
        as(Tokens.admin()).when().get(EMPLOYEES + "/" + staff).then().statusCode(200)
                .body("positionType", equalTo("PELAKSANA")).body("rank", equalTo("II/c"))
                .body("supervisorNip", nullValue());
        JsonNode updated = data(Topics.awaitEvents(Topics.PROGRAMS, staff, 2, Duration.ofSeconds(20)).get(1));
        assertEquals("II/c", updated.path("rank").asText());
        assertTrue(updated.path("supervisorNip").isNull());
    }

    @Test
    void everyBadRowOfAnImportNamesItsColumnAndNothingIsWritten() {
        String agency = ProgramFixtures.agency("73.71");
        String first = nip('1');
        String second = nip('1');
        String own = nip('1');
        String file = "nip,nama,jenis_kelamin,kode_instansi,status_kepegawaian,jenis_jabatan,golongan,nip_atasan\n"
                + first + ",A,L," + agency + ",PNS,Pengawas,III/d," + second + "\n"
                + second + ",B,L," + agency + ",PNS,Pengawas,III/d," + first + "\n"
                + own + ",C,L," + agency + ",PNS,,," + own + "\n"
                + nip('1') + ",D,L," + agency + ",PNS,,," + nip('1') + "\n"
                + nip('1') + ",E,L," + agency + ",PNS,,IX,\n"
                + nip('1') + ",F,L," + agency + ",PNS,Eselon III,,\n"
                + nip('1') + ",G,L," + agency + ",PNS,,,12345\n";

        Refusal.of(ProblemType.INVALID_ROWS, "nip_atasan")
                .check(() -> read(EMPLOYEES + "?agency=" + agency),
                        () -> upload(EMPLOYEES + "/import", Tokens.admin(), file))
                .body("detail", startsWith("7 of 7 rows are invalid"))
                .body("violations.line", equalTo(List.of(2, 3, 4, 5, 6, 7, 8)))
                .body("violations.field", equalTo(List.of("nip_atasan", "nip_atasan", "nip_atasan", "nip_atasan",
                        "golongan", "jenis_jabatan", "nip_atasan")))
                .body("violations[0].message", equalTo("employee " + second + " answers, directly or through "
                        + "others, to " + first + ": a supervisor cannot be supervised by their own subordinate"))
                .body("violations[4].message",
                        equalTo("must be a golongan/ruang of a PNS, I/a to IV/e (IX is a golongan of a PPPK)"));
    }
}
