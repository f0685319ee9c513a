package id.simonev.programs.register;

import static id.simonev.testing.Http.as;
import static id.simonev.testing.Http.get;
import static id.simonev.testing.Http.post;
import static id.simonev.testing.Http.put;
import static id.simonev.testing.Http.read;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The register of agencies, service units and employees, through the REST API. */
@QuarkusTest
class RegisterResourceTests {

    private static final AtomicInteger BIRTHS = new AtomicInteger();

    /** A valid NIP no other test uses: a birth date of its own, appointed in 2010-01. */
    static String nip(char genderDigit) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(BIRTHS.incrementAndGet());
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "201001" + genderDigit + "001";
    }

    static String agency(String regionCode) {
        String code = "DINKES-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/agencies", Tokens.admin(), Map.of("code", code, "name", "Dinas Kesehatan", "regionCode", regionCode))
                .statusCode(201);
        return code;
    }

    static Map<String, Object> employee(String nip, String gender, String agencyCode) {
        Map<String, Object> employee = new HashMap<>();
        employee.put("nip", nip);
        employee.put("name", "Andi Baso");
        employee.put("gender", gender);
        employee.put("agencyCode", agencyCode);
        employee.put("position", "Kepala Puskesmas");
        employee.put("status", "PNS");
        return employee;
    }

    @Test
    void anOperatorRegistersAnAgencyInItsRegionAndItIsAnnounced() {
        String code = "DISHUB-" + UUID.randomUUID().toString().substring(0, 8);

        post("/api/v1/agencies", Tokens.operator("73"), Map.of("code", code, "name", "Dinas Perhubungan Kota Makassar",
                "regionCode", "73.71"))
                .statusCode(201)
                .body("active", equalTo(true));

        get("/api/v1/agencies/" + code, Tokens.analyst("73.71")).statusCode(200).body("name", equalTo("Dinas Perhubungan Kota Makassar"));
        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, code, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("AgencyRegistered", event.value().path("type").asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void agencyRefusals() {
        String code = agency("53.71");

        Refusal.of(ProblemType.CONFLICT).check(() -> read("/api/v1/agencies/" + code),
                () -> post("/api/v1/agencies", Tokens.admin(), Map.of("code", code, "name", "Lagi",
                        "regionCode", "53.71")));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "regionCode").check(() -> read("/api/v1/agencies/X-" + code),
                () -> post("/api/v1/agencies", Tokens.admin(), Map.of("code", "X-" + code, "name", "Dinas",
                        "regionCode", "99.99")));
        Refusal.outsideRegions().check(() -> read("/api/v1/agencies/Y-" + code),
                () -> post("/api/v1/agencies", Tokens.operator("11.02"), Map.of("code", "Y-" + code, "name", "Dinas",
                        "regionCode", "53.71")));
        Refusal.byRole().check(() -> read("/api/v1/agencies/Y-" + code),
                () -> post("/api/v1/agencies", Tokens.analyst("53"), Map.of("code", "Y-" + code, "name", "Dinas",
                        "regionCode", "53.71")));
        Refusal.of(ProblemType.INVALID_REQUEST, "code").check(() -> read("/api/v1/agencies?size=1"),
                () -> post("/api/v1/agencies", Tokens.admin(), Map.of("code", "bad code", "regionCode", "53.71")));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> get("/api/v1/agencies/" + code + "-NONE", Tokens.admin()));
    }

    @Test
    void aServiceUnitBelongsToAnActiveAgencyAndTakesItsRegion() {
        String agency = agency("31.75");
        String unit = "PKM-" + UUID.randomUUID().toString().substring(0, 8);

        post("/api/v1/service-units", Tokens.operator("31"), Map.of("code", unit, "name", "Puskesmas Cakung",
                "agencyCode", agency, "yearlyServiceUsers", 12000))
                .statusCode(201)
                .body("regionCode", equalTo("31.75"))
                .body("yearlyServiceUsers", equalTo(12000));

        as(Tokens.analyst("31")).queryParam("agency", agency).when().get("/api/v1/service-units")
                .then().statusCode(200).body("items.code", equalTo(List.of(unit)));
        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, unit, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("ServiceUnitRegistered", event.value().path("type").asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void serviceUnitRefusals() {
        String agency = agency("31.75");

        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "agencyCode").check(() -> read("/api/v1/service-units/PKM-X"),
                () -> post("/api/v1/service-units", Tokens.admin(), Map.of("code", "PKM-X", "name", "Puskesmas",
                        "agencyCode", "NO-SUCH-AGENCY")));
        Refusal.of(ProblemType.FORBIDDEN, "agencyCode")
                .saying("agency " + agency + " is in region 31.75, which your token does not cover")
                .check(() -> read("/api/v1/service-units/PKM-Y"), () -> post("/api/v1/service-units",
                        Tokens.operator("73"), Map.of("code", "PKM-Y", "name", "Puskesmas", "agencyCode", agency)));
        Refusal.of(ProblemType.INVALID_REQUEST, "yearlyServiceUsers").check(() -> read("/api/v1/service-units/PKM-Z"),
                () -> post("/api/v1/service-units", Tokens.admin(), Map.of("code", "PKM-Z", "name", "Puskesmas",
                        "agencyCode", agency, "yearlyServiceUsers", 0)));
    }

    @Test
    void anEmployeeIsRegisteredByAValidNipAndAnnounced() {
        String agency = agency("73.71");
        String nip = nip('2');

        post("/api/v1/employees", Tokens.operator("73.71"), employee(nip, "P", agency))
                .statusCode(201)
                .body("nip", equalTo(nip))
                .body("regionCode", equalTo("73.71"))
                .body("status", equalTo("PNS"));

        get("/api/v1/employees/" + nip, Tokens.admin()).statusCode(200).body("name", equalTo("Andi Baso"));
        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, nip, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("EmployeeRegistered", event.value().path("type").asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void aBadNipIsA400ThatSaysWhy() {
        String agency = agency("73.71");

        Refusal.of(ProblemType.INVALID_REQUEST, "nip").check(() -> read("/api/v1/employees/196702301992031001"),
                        () -> post("/api/v1/employees", Tokens.admin(), employee("196702301992031001", "L", agency)))
                .body("violations[0].message", equalTo("holds an impossible birth date 19670230"));
        post("/api/v1/employees", Tokens.admin(), employee("196711101992031000", "L", agency))
                .statusCode(400)
                .body("violations[0].message", startsWith("holds sequence 000"));
        post("/api/v1/employees", Tokens.admin(), employee("19671110199203100", "L", agency))
                .statusCode(400)
                .body("violations[0].message", equalTo("must be 18 digits, or grouped as 19671110 199203 1 001"));
    }

    @Test
    void theGenderMustAgreeWithTheNip() {
        String nip = nip('1');
        String agency = agency("73.71");

        Refusal.of(ProblemType.INVALID_REQUEST, "gender").check(() -> read("/api/v1/employees/" + nip),
                        () -> post("/api/v1/employees", Tokens.admin(), employee(nip, "P", agency)))
                .body("violations[0].message", equalTo("is P but the NIP's gender digit says L"));
    }

    @Test
    void employeeRefusals() {
        String agency = agency("73.71");
        String nip = nip('1');
        post("/api/v1/employees", Tokens.admin(), employee(nip, "L", agency)).statusCode(201);

        String other = nip('1');
        Supplier<String> state = () -> read("/api/v1/employees/" + nip) + read("/api/v1/employees/" + other);

        Refusal.of(ProblemType.CONFLICT).check(state,
                () -> post("/api/v1/employees", Tokens.admin(), employee(nip, "L", agency)));
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "agencyCode").check(state,
                () -> post("/api/v1/employees", Tokens.admin(), employee(other, "L", "NO-SUCH-AGENCY")));
        Refusal.of(ProblemType.FORBIDDEN, "agencyCode").saying("agency " + agency + " is in region")
                .check(state, () -> post("/api/v1/employees", Tokens.operator("53"), employee(other, "L", agency)));
        Refusal.byRole().check(state,
                () -> post("/api/v1/employees", Tokens.analyst("73"), employee(other, "L", agency)));
        Map<String, Object> noStatus = employee(other, "L", agency);
        noStatus.put("status", "HONORER");
        Refusal.of(ProblemType.INVALID_REQUEST, "status").check(state,
                        () -> post("/api/v1/employees", Tokens.admin(), noStatus))
                .body("violations[0].message", equalTo("must be one of PNS, PPPK"));
    }

    @Test
    void listsHoldOnlyWhatTheCallerMaySee() {
        String kupang = agency("53.71");
        String jakarta = agency("31.71");
        post("/api/v1/employees", Tokens.admin(), employee(nip('1'), "L", kupang)).statusCode(201);
        post("/api/v1/employees", Tokens.admin(), employee(nip('2'), "P", jakarta)).statusCode(201);

        as(Tokens.operator("53")).queryParam("size", 200).when().get("/api/v1/employees")
                .then().statusCode(200)
                .body("items.regionCode", everyItem(startsWith("53")))
                .body("items.agencyCode", hasItem(kupang))
                .body("items.agencyCode", not(hasItem(jakarta)));
        as(Tokens.operator("53")).queryParam("size", 200).when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("items.code", hasItem(kupang))
                .body("items.code", not(hasItem(jakarta)));
        as(Tokens.admin()).queryParam("region", "31").queryParam("size", 200)
                .when().get("/api/v1/agencies")
                .then().statusCode(200).body("items.code", hasItem(jakarta));
    }

    @Test
    void aDeactivatedAgencyStaysInTheRegisterButTakesNoNewUnitsOrEmployees() {
        String agency = agency("73.71");

        post("/api/v1/agencies/" + agency + "/deactivation", Tokens.operator("73.71")).statusCode(200).body("active", equalTo(false));
        post("/api/v1/agencies/" + agency + "/deactivation", Tokens.operator("73.71")).statusCode(200).body("active", equalTo(false));

        get("/api/v1/agencies/" + agency, Tokens.admin()).statusCode(200).body("active", equalTo(false));
        post("/api/v1/service-units", Tokens.admin(), Map.of("code", "PKM-" + agency, "name", "Puskesmas",
                "agencyCode", agency))
                .statusCode(422).body("detail", equalTo("agency " + agency + " is not in the register or no longer active"));
        post("/api/v1/employees", Tokens.admin(), employee(nip('1'), "L", agency)).statusCode(422);
        as(Tokens.admin()).queryParam("active", false).queryParam("size", 200)
                .when().get("/api/v1/agencies").then().body("items.code", hasItem(agency));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, agency, 2, Duration.ofSeconds(20));
        assertEquals("AgencyUpdated", events.get(1).value().path("type").asText());
        assertEquals(false, events.get(1).value().path("data").path("active").asBoolean());
        EventContract.assertValid(events.get(1).value());
    }

    @Test
    void anAgencyIsRenamedOnlyByWhoCoversItsRegion() {
        String agency = agency("53.71");

        Refusal.outsideRegions().check(() -> read("/api/v1/agencies/" + agency),
                () -> put("/api/v1/agencies/" + agency, Tokens.operator("73"), Map.of("name", "Dinas Lain")));
        Refusal.of(ProblemType.INVALID_REQUEST, "name").check(() -> read("/api/v1/agencies/" + agency),
                () -> put("/api/v1/agencies/" + agency, Tokens.operator("53"), Map.of("name", " ")));
        put("/api/v1/agencies/" + agency, Tokens.operator("53"), Map.of("name", "Dinas Kesehatan Kota Kupang"))
                .statusCode(200).body("name", equalTo("Dinas Kesehatan Kota Kupang"));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> read("/api/v1/agencies/NO-SUCH"),
                () -> put("/api/v1/agencies/NO-SUCH", Tokens.admin(), Map.of("name", "X")));
    }

    @Test
    void aServiceUnitsYearlyUsersAreCorrectedAndItCanBeDeactivated() {
        String unit = "PKM-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/service-units", Tokens.admin(), Map.of("code", unit, "name", "Puskesmas",
                "agencyCode", agency("31.75"))).statusCode(201);

        put("/api/v1/service-units/" + unit, Tokens.operator("31.75"), Map.of("name", "Puskesmas Cakung",
                "yearlyServiceUsers", 60000))
                .statusCode(200).body("yearlyServiceUsers", equalTo(60000));
        post("/api/v1/service-units/" + unit + "/deactivation", Tokens.operator("31.75")).statusCode(200).body("active", equalTo(false));

        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, unit, 3, Duration.ofSeconds(20));
        assertEquals(60000, events.get(1).value().path("data").path("yearlyServiceUsers").asInt());
        events.forEach(event -> EventContract.assertValid(event.value()));
    }

    @Test
    void anEmployeeTransferredToAnotherRegionLeavesItsOldRegionsLists() {
        String makassar = agency("73.71");
        String kupang = agency("53.71");
        String nip = nip('2');
        post("/api/v1/employees", Tokens.admin(), employee(nip, "P", makassar)).statusCode(201);
        Map<String, Object> transfer = Map.of("name", "Andi Baso", "agencyCode", kupang, "position", "Analis",
                "status", "PNS");

        Refusal.of(ProblemType.FORBIDDEN, "agencyCode")
                .saying("agency " + kupang + " is in region 53.71, which your token does not cover")
                .check(() -> read("/api/v1/employees/" + nip),
                        () -> put("/api/v1/employees/" + nip, Tokens.operator("73"), transfer));
        put("/api/v1/employees/" + nip, Tokens.operator("73", "53"), transfer)
                .statusCode(200).body("agencyCode", equalTo(kupang)).body("regionCode", equalTo("53.71"));

        Refusal.outsideRegions().check(() -> get("/api/v1/employees/" + nip, Tokens.operator("73")));
        as(Tokens.analyst("53")).queryParam("agency", kupang).when().get("/api/v1/employees")
                .then().statusCode(200).body("items.nip", equalTo(List.of(nip)));
        post("/api/v1/employees/" + nip + "/deactivation", Tokens.operator("53")).statusCode(200).body("active", equalTo(false));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, nip, 3, Duration.ofSeconds(20));
        assertEquals("EmployeeUpdated", events.get(2).value().path("type").asText());
        events.forEach(event -> EventContract.assertValid(event.value()));
    }
}
