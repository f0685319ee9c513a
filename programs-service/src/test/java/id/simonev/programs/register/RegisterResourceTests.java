package id.simonev.programs.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.testing.EventContract;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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

    static ValidatableResponse post(String path, String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
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

        given().auth().oauth2(Tokens.analyst("73.71")).when().get("/api/v1/agencies/" + code)
                .then().statusCode(200).body("name", equalTo("Dinas Perhubungan Kota Makassar"));
        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, code, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("AgencyRegistered", event.value().path("type").asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void agencyRefusals() {
        String code = agency("53.71");

        post("/api/v1/agencies", Tokens.admin(), Map.of("code", code, "name", "Lagi", "regionCode", "53.71"))
                .statusCode(409);
        post("/api/v1/agencies", Tokens.admin(), Map.of("code", "X-" + code, "name", "Dinas", "regionCode", "99.99"))
                .statusCode(422).body("violations[0].field", equalTo("regionCode"));
        post("/api/v1/agencies", Tokens.operator("11.02"), Map.of("code", "Y-" + code, "name", "Dinas",
                "regionCode", "53.71"))
                .statusCode(403);
        post("/api/v1/agencies", Tokens.admin(), Map.of("code", "bad code", "regionCode", "53.71"))
                .statusCode(400);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/agencies/" + code + "-NONE")
                .then().statusCode(404).contentType("application/problem+json");
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

        given().auth().oauth2(Tokens.analyst("31")).queryParam("agency", agency).when().get("/api/v1/service-units")
                .then().statusCode(200).body("items.code", equalTo(List.of(unit)));
        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, unit, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("ServiceUnitRegistered", event.value().path("type").asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void serviceUnitRefusals() {
        String agency = agency("31.75");

        post("/api/v1/service-units", Tokens.admin(), Map.of("code", "PKM-X", "name", "Puskesmas",
                "agencyCode", "NO-SUCH-AGENCY"))
                .statusCode(422).body("violations[0].field", equalTo("agencyCode"));
        post("/api/v1/service-units", Tokens.operator("73"), Map.of("code", "PKM-Y", "name", "Puskesmas",
                "agencyCode", agency))
                .statusCode(403);
        post("/api/v1/service-units", Tokens.admin(), Map.of("code", "PKM-Z", "name", "Puskesmas",
                "agencyCode", agency, "yearlyServiceUsers", 0))
                .statusCode(400).body("violations[0].field", equalTo("yearlyServiceUsers"));
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

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/employees/" + nip)
                .then().statusCode(200).body("name", equalTo("Andi Baso"));
        Topics.Event event = Topics.awaitEvents(Topics.PROGRAMS, nip, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("EmployeeRegistered", event.value().path("type").asText());
        EventContract.assertValid(event.value());
    }

    @Test
    void aBadNipIsA400ThatSaysWhy() {
        String agency = agency("73.71");

        post("/api/v1/employees", Tokens.admin(), employee("196702301992031001", "L", agency))
                .statusCode(400)
                .body("violations[0].field", equalTo("nip"))
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
        post("/api/v1/employees", Tokens.admin(), employee(nip('1'), "P", agency("73.71")))
                .statusCode(400)
                .body("violations[0].field", equalTo("gender"))
                .body("violations[0].message", equalTo("is P but the NIP's gender digit says L"));
    }

    @Test
    void employeeRefusals() {
        String agency = agency("73.71");
        String nip = nip('1');
        post("/api/v1/employees", Tokens.admin(), employee(nip, "L", agency)).statusCode(201);

        post("/api/v1/employees", Tokens.admin(), employee(nip, "L", agency)).statusCode(409);
        post("/api/v1/employees", Tokens.admin(), employee(nip('1'), "L", "NO-SUCH-AGENCY"))
                .statusCode(422).body("violations[0].field", equalTo("agencyCode"));
        post("/api/v1/employees", Tokens.operator("53"), employee(nip('1'), "L", agency)).statusCode(403);
        post("/api/v1/employees", Tokens.analyst("73"), employee(nip('1'), "L", agency)).statusCode(403);
        Map<String, Object> noStatus = employee(nip('1'), "L", agency);
        noStatus.put("status", "HONORER");
        post("/api/v1/employees", Tokens.admin(), noStatus)
                .statusCode(400).body("violations[0].message", equalTo("must be one of PNS, PPPK"));
    }

    @Test
    void listsHoldOnlyWhatTheCallerMaySee() {
        String kupang = agency("53.71");
        String jakarta = agency("31.71");
        post("/api/v1/employees", Tokens.admin(), employee(nip('1'), "L", kupang)).statusCode(201);
        post("/api/v1/employees", Tokens.admin(), employee(nip('2'), "P", jakarta)).statusCode(201);

        given().auth().oauth2(Tokens.operator("53")).queryParam("size", 200).when().get("/api/v1/employees")
                .then().statusCode(200)
                .body("items.regionCode", everyItem(startsWith("53")))
                .body("items.agencyCode", hasItem(kupang))
                .body("items.agencyCode", not(hasItem(jakarta)));
        given().auth().oauth2(Tokens.operator("53")).queryParam("size", 200).when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("items.code", hasItem(kupang))
                .body("items.code", not(hasItem(jakarta)));
        given().auth().oauth2(Tokens.admin()).queryParam("region", "31").queryParam("size", 200)
                .when().get("/api/v1/agencies")
                .then().statusCode(200).body("items.code", hasItem(jakarta));
    }

    static ValidatableResponse put(String path, String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    @Test
    void aDeactivatedAgencyStaysInTheRegisterButTakesNoNewUnitsOrEmployees() {
        String agency = agency("73.71");

        given().auth().oauth2(Tokens.operator("73.71")).when().post("/api/v1/agencies/" + agency + "/deactivation")
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(Tokens.operator("73.71")).when().post("/api/v1/agencies/" + agency + "/deactivation")
                .then().statusCode(200).body("active", equalTo(false));

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/agencies/" + agency)
                .then().statusCode(200).body("active", equalTo(false));
        post("/api/v1/service-units", Tokens.admin(), Map.of("code", "PKM-" + agency, "name", "Puskesmas",
                "agencyCode", agency))
                .statusCode(422).body("detail", equalTo("agency " + agency + " is not in the register or no longer active"));
        post("/api/v1/employees", Tokens.admin(), employee(nip('1'), "L", agency)).statusCode(422);
        given().auth().oauth2(Tokens.admin()).queryParam("active", false).queryParam("size", 200)
                .when().get("/api/v1/agencies").then().body("items.code", hasItem(agency));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, agency, 2, Duration.ofSeconds(20));
        assertEquals("AgencyUpdated", events.get(1).value().path("type").asText());
        assertEquals(false, events.get(1).value().path("data").path("active").asBoolean());
        EventContract.assertValid(events.get(1).value());
    }

    @Test
    void anAgencyIsRenamedOnlyByWhoCoversItsRegion() {
        String agency = agency("53.71");

        put("/api/v1/agencies/" + agency, Tokens.operator("73"), Map.of("name", "Dinas Lain")).statusCode(403);
        put("/api/v1/agencies/" + agency, Tokens.operator("53"), Map.of("name", " ")).statusCode(400);
        put("/api/v1/agencies/" + agency, Tokens.operator("53"), Map.of("name", "Dinas Kesehatan Kota Kupang"))
                .statusCode(200).body("name", equalTo("Dinas Kesehatan Kota Kupang"));
        put("/api/v1/agencies/NO-SUCH", Tokens.admin(), Map.of("name", "X")).statusCode(404);
    }

    @Test
    void aServiceUnitsYearlyUsersAreCorrectedAndItCanBeDeactivated() {
        String unit = "PKM-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/service-units", Tokens.admin(), Map.of("code", unit, "name", "Puskesmas",
                "agencyCode", agency("31.75"))).statusCode(201);

        put("/api/v1/service-units/" + unit, Tokens.operator("31.75"), Map.of("name", "Puskesmas Cakung",
                "yearlyServiceUsers", 60000))
                .statusCode(200).body("yearlyServiceUsers", equalTo(60000));
        given().auth().oauth2(Tokens.operator("31.75")).when().post("/api/v1/service-units/" + unit + "/deactivation")
                .then().statusCode(200).body("active", equalTo(false));

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

        put("/api/v1/employees/" + nip, Tokens.operator("73"), transfer).statusCode(403);
        put("/api/v1/employees/" + nip, Tokens.operator("73", "53"), transfer)
                .statusCode(200).body("agencyCode", equalTo(kupang)).body("regionCode", equalTo("53.71"));

        given().auth().oauth2(Tokens.operator("73")).when().get("/api/v1/employees/" + nip).then().statusCode(403);
        given().auth().oauth2(Tokens.analyst("53")).queryParam("agency", kupang).when().get("/api/v1/employees")
                .then().statusCode(200).body("items.nip", equalTo(List.of(nip)));
        given().auth().oauth2(Tokens.operator("53")).when().post("/api/v1/employees/" + nip + "/deactivation")
                .then().statusCode(200).body("active", equalTo(false));
        List<Topics.Event> events = Topics.awaitEvents(Topics.PROGRAMS, nip, 3, Duration.ofSeconds(20));
        assertEquals("EmployeeUpdated", events.get(2).value().path("type").asText());
        events.forEach(event -> EventContract.assertValid(event.value()));
    }
}
