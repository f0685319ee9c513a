package id.simonev.programs.program;

import static id.simonev.testing.Http.post;

import id.simonev.testing.Tokens;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Register entries, programs and their moves through the REST API, for the tests of programs. */
public final class ProgramFixtures {

    public static final String PROGRAMS = "/api/v1/programs";
    private static final AtomicInteger BIRTHS = new AtomicInteger();

    private ProgramFixtures() {
    }

    public static String agency(String regionCode) {
        String code = "DIKLAT-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/agencies", Tokens.admin(), Map.of("code", code, "name", "Badan Kepegawaian dan Pengembangan SDM",
                "regionCode", regionCode)).statusCode(201);
        return code;
    }

    public static String serviceUnit(String agencyCode) {
        String code = "PKM-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/service-units", Tokens.admin(), Map.of("code", code, "name", "Puskesmas Batua",
                "agencyCode", agencyCode)).statusCode(201);
        return code;
    }

    /** Registers an employee of the agency with a NIP no other test uses (appointed 2015-01). */
    public static String employee(String agencyCode) {
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(BIRTHS.incrementAndGet());
        String nip = birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "201501" + "2" + "001";
        post("/api/v1/employees", Tokens.admin(), Map.of("nip", nip, "name", "Siti Rahma " + BIRTHS.get(),
                "gender", "P", "agencyCode", agencyCode, "position", "Analis Kepegawaian", "status", "PNS"))
                .statusCode(201);
        return nip;
    }

    /** A plan of five 8-JP sessions (40 JP) in March 2026, for 30 participants, passing at 70. */
    public static Map<String, Object> plan(String regionCode, String organisingAgency) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("code", "PKP-" + UUID.randomUUID().toString().substring(0, 8));
        plan.put("title", "Pelatihan Pelayanan Prima");
        plan.put("description", "Standar pelayanan dan penanganan pengaduan");
        plan.put("regionCode", regionCode);
        plan.put("format", "TRAINING");
        plan.put("competencyType", "TEKNIS");
        plan.put("organisingAgencyCode", organisingAgency);
        plan.put("startDate", "2026-03-02");
        plan.put("endDate", "2026-03-06");
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            sessions.add(Map.of("date", "2026-03-0" + day, "jp", 8));
        }
        plan.put("sessions", sessions);
        plan.put("capacity", 30);
        plan.put("passingScore", 70);
        plan.put("plannedBudget", 45_000_000);
        return plan;
    }

    /** A session of a plan taught by {@code trainers}. */
    public static Map<String, Object> session(String date, int jp, List<Map<String, Object>> trainers) {
        return Map.of("date", date, "jp", jp, "trainers", trainers);
    }

    /** A trainer as a plan names one; a null {@code nip} or {@code institution} is left out. */
    public static Map<String, Object> trainer(String name, String nip, String institution) {
        Map<String, Object> trainer = new LinkedHashMap<>();
        trainer.put("name", name);
        if (nip != null) {
            trainer.put("nip", nip);
        }
        if (institution != null) {
            trainer.put("institution", institution);
        }
        return trainer;
    }

    public static String draft(Map<String, Object> plan) {
        return post(PROGRAMS, Tokens.admin(), plan).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse move(String programId, String token, String status, String reason) {
        Map<String, Object> change = new HashMap<>();
        change.put("status", status);
        change.put("reason", reason);
        return post(PROGRAMS + "/" + programId + "/status-changes", token, change);
    }

    /** Moves a program on through each state up to {@code status}, as an admin. */
    public static void moveTo(String programId, String... statuses) {
        for (String status : statuses) {
            move(programId, Tokens.admin(), status, null).statusCode(200);
        }
    }
}
