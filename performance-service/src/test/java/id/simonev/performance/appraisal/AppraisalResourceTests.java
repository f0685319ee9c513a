package id.simonev.performance.appraisal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.EventContract;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appraisals through the REST API: the predicate, the supervisor as appraiser, the snapshot, the refusals. */
@QuarkusTest
class AppraisalResourceTests {

    static final String APPRAISALS = "/api/v1/appraisals";
    static final String AGENCY = "DINKES-MKS";
    static final String LAST_YEAR = String.valueOf(Year.now().getValue() - 1);

    private String supervisor;
    private String employee;

    /** A NIP no other test uses: born 1970-1989, appointed at 25, a random sequence number. */
    static String newNip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int birthYear = 1970 + random.nextInt(20);
        return "%04d%02d%02d%04d%02d1%03d".formatted(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28),
                birthYear + 25, 1 + random.nextInt(12), random.nextInt(1000));
    }

    @BeforeEach
    void anEmployeeAndTheirSupervisorInMakassar() {
        Register.ensureAgency(AGENCY, "73.71");
        supervisor = newNip();
        employee = newNip();
        Register.ensureEmployee(supervisor, AGENCY, "73.71", "ADMINISTRATOR", "IV/a", null);
        Register.ensureEmployee(employee, AGENCY, "73.71", "PELAKSANA", "III/b", supervisor);
    }

    static Map<String, Object> appraisal(String nip, String period, String hasilKerja, String perilakuKerja) {
        Map<String, Object> appraisal = new HashMap<>();
        appraisal.put("nip", nip);
        appraisal.put("period", period);
        appraisal.put("hasilKerja", hasilKerja);
        appraisal.put("perilakuKerja", perilakuKerja);
        return appraisal;
    }

    static long stored() {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from appraisal").getSingleResult()).longValue());
    }

    @Test
    void theSupervisorAppraisesAndThePredicateFollowsTheTable() {
        String id = Http.post(APPRAISALS, Tokens.operator("73.71"),
                        appraisal(employee, LAST_YEAR + "-Q1", "ABOVE_EXPECTATIONS", "AS_EXPECTED"))
                .statusCode(201)
                .body("predicate", equalTo("BAIK"))
                .body("predicateLabel", equalTo("Baik"))
                .body("appraiserNip", equalTo(supervisor))
                .body("periodKind", equalTo("QUARTERLY"))
                .body("periodStart", equalTo(LAST_YEAR + "-01-01"))
                .body("periodEnd", equalTo(LAST_YEAR + "-03-31"))
                .body("employeeThen.agencyCode", equalTo(AGENCY))
                .body("employeeThen.positionType", equalTo("PELAKSANA"))
                .body("employeeThen.rank", equalTo("III/b"))
                .extract().path("id");

        Topics.Event event = Topics.awaitEvents(Topics.PERFORMANCE, employee, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("AppraisalRecorded", event.value().path("type").asText());
        assertEquals(id, event.value().path("data").path("appraisalId").asText());
        assertEquals("BAIK", event.value().path("data").path("predicate").asText());
        assertEquals("III/b", event.value().path("data").path("rank").asText());
        EventContract.assertValid(event.value());

        Http.post(APPRAISALS, Tokens.operator("73.71"),
                        appraisal(employee, LAST_YEAR + "-Q2", "BELOW_EXPECTATIONS", "BELOW_EXPECTATIONS"))
                .statusCode(201).body("predicate", equalTo("SANGAT_KURANG"));
        Http.get("/api/v1/employees/" + employee + "/appraisals", Tokens.analyst("73")).statusCode(200)
                .body("period", contains(LAST_YEAR + "-Q2", LAST_YEAR + "-Q1"));
    }

    @Test
    void aTransferLaterDoesNotRewriteTheAppraisalsSnapshot() {
        Http.post(APPRAISALS, Tokens.admin(), appraisal(employee, LAST_YEAR, "AS_EXPECTED", "AS_EXPECTED"))
                .statusCode(201);
        Register.ensureAgency("BAPPEDA-MKS", "73.71");
        Map<String, Object> moved = new HashMap<>();
        moved.put("nip", employee);
        moved.put("name", "Pegawai " + employee);
        moved.put("gender", "L");
        moved.put("agencyCode", "BAPPEDA-MKS");
        moved.put("regionCode", "73.71");
        moved.put("position", null);
        moved.put("status", "PNS");
        moved.put("positionType", "PENGAWAS");
        moved.put("rank", "III/d");
        moved.put("supervisorNip", supervisor);
        moved.put("active", true);
        Topics.publish(Topics.PROGRAMS, employee,
                TestEvents.envelope("EmployeeUpdated", "programs-service", employee, "73.71", moved).toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                "BAPPEDA-MKS".equals(Arc.container().instance(EntityManager.class).get()
                        .createNativeQuery("select agency_code from employee where nip = ?1")
                        .setParameter(1, employee).getSingleResult())));

        Http.get("/api/v1/employees/" + employee + "/appraisals", Tokens.admin()).statusCode(200)
                .body("[0].employeeThen.agencyCode", equalTo(AGENCY))
                .body("[0].employeeThen.positionType", equalTo("PELAKSANA"))
                .body("[0].employeeThen.rank", equalTo("III/b"));
    }

    @Test
    void aCorrectionKeepsTheEarlierRatingsWhoChangedThemWhenAndWhy() {
        String id = Http.post(APPRAISALS, Tokens.operator("73.71"),
                        appraisal(employee, LAST_YEAR + "-06", "AS_EXPECTED", "BELOW_EXPECTATIONS"))
                .statusCode(201).body("predicate", equalTo("KURANG")).extract().path("id");

        Http.put(APPRAISALS + "/" + id, Tokens.operator("73.71"), Map.of("hasilKerja", "AS_EXPECTED",
                        "perilakuKerja", "AS_EXPECTED", "reason", "Keberatan pegawai dikabulkan"))
                .statusCode(200)
                .body("predicate", equalTo("BAIK"))
                .body("corrections", hasSize(1))
                .body("corrections[0].previousPredicate", equalTo("KURANG"))
                .body("corrections[0].previousPerilakuKerja", equalTo("BELOW_EXPECTATIONS"))
                .body("corrections[0].reason", equalTo("Keberatan pegawai dikabulkan"))
                .body("corrections[0].correctedBy", equalTo("operator@test"));

        Topics.Event corrected = Topics.awaitEvents(Topics.PERFORMANCE, employee, 2, Duration.ofSeconds(20)).get(1);
        assertEquals("AppraisalCorrected", corrected.value().path("type").asText());
        assertEquals("KURANG", corrected.value().path("data").path("previousPredicate").asText());
        EventContract.assertValid(corrected.value());

        Refusal.of(ProblemType.INVALID_REQUEST, "reason").check(() -> Http.read(APPRAISALS + "/" + id),
                () -> Http.put(APPRAISALS + "/" + id, Tokens.operator("73.71"),
                        Map.of("hasilKerja", "BELOW_EXPECTATIONS", "perilakuKerja", "AS_EXPECTED")));
    }

    @Test
    void unknownEmployeesSelfAppraisalAMissingSupervisorAndASecondAppraisalAreRefused() {
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "nip").check(AppraisalResourceTests::stored,
                () -> Http.post(APPRAISALS, Tokens.admin(), appraisal(newNip(), LAST_YEAR, "AS_EXPECTED",
                        "AS_EXPECTED")));

        Map<String, Object> self = appraisal(employee, LAST_YEAR, "AS_EXPECTED", "AS_EXPECTED");
        self.put("appraiserNip", employee);
        Refusal.of(ProblemType.UNPROCESSABLE, "appraiserNip").check(AppraisalResourceTests::stored,
                () -> Http.post(APPRAISALS, Tokens.admin(), self));

        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "appraiserNip").saying("employee " + supervisor
                + " has no direct supervisor").check(AppraisalResourceTests::stored,
                () -> Http.post(APPRAISALS, Tokens.admin(), appraisal(supervisor, LAST_YEAR, "AS_EXPECTED",
                        "AS_EXPECTED")));

        Http.post(APPRAISALS, Tokens.admin(), appraisal(employee, LAST_YEAR + "-Q3", "AS_EXPECTED", "AS_EXPECTED"))
                .statusCode(201);
        Refusal.of(ProblemType.CONFLICT).saying("Employee " + employee + " already has an appraisal for "
                + LAST_YEAR + "-Q3").check(AppraisalResourceTests::stored,
                () -> Http.post(APPRAISALS, Tokens.admin(), appraisal(employee, LAST_YEAR + "-Q3", "ABOVE_EXPECTATIONS",
                        "ABOVE_EXPECTATIONS")));
    }

    @Test
    void aPeriodInTheFutureOrASemesterIsRefusedAndRegionsAreEnforced() {
        String nextYear = String.valueOf(Year.now().getValue() + 1);
        Refusal.of(ProblemType.INVALID_REQUEST, "period").saying("must not be in the future")
                .check(AppraisalResourceTests::stored, () -> Http.post(APPRAISALS, Tokens.admin(),
                        appraisal(employee, nextYear, "AS_EXPECTED", "AS_EXPECTED")));
        Refusal.of(ProblemType.INVALID_REQUEST, "period").check(AppraisalResourceTests::stored,
                () -> Http.post(APPRAISALS, Tokens.admin(), appraisal(employee, LAST_YEAR + "-S1", "AS_EXPECTED",
                        "AS_EXPECTED")));
        Refusal.of(ProblemType.FORBIDDEN, "nip").check(AppraisalResourceTests::stored,
                () -> Http.post(APPRAISALS, Tokens.operator("53.71"), appraisal(employee, LAST_YEAR, "AS_EXPECTED",
                        "AS_EXPECTED")));
        Refusal.byRole().check(AppraisalResourceTests::stored, () -> Http.post(APPRAISALS, Tokens.analyst("73"),
                appraisal(employee, LAST_YEAR, "AS_EXPECTED", "AS_EXPECTED")));
    }

    @Test
    void anAgencysPredicatesAreCountedPerPositionType() {
        String agency = "DISHUB-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Register.ensureAgency(agency, "73.71");
        String head = newNip();
        Register.ensureEmployee(head, agency, "73.71", "ADMINISTRATOR", "IV/a", null);
        String first = newNip();
        String second = newNip();
        String third = newNip();
        Register.ensureEmployee(first, agency, "73.71", "PELAKSANA", "II/c", head);
        Register.ensureEmployee(second, agency, "73.71", "PELAKSANA", "III/a", head);
        Register.ensureEmployee(third, agency, "73.71", "FUNGSIONAL", "III/c", head);
        Http.post(APPRAISALS, Tokens.admin(), appraisal(first, LAST_YEAR, "AS_EXPECTED", "AS_EXPECTED"))
                .statusCode(201);
        Http.post(APPRAISALS, Tokens.admin(), appraisal(second, LAST_YEAR, "ABOVE_EXPECTATIONS",
                "ABOVE_EXPECTATIONS")).statusCode(201);
        Http.post(APPRAISALS, Tokens.admin(), appraisal(third, LAST_YEAR, "AS_EXPECTED", "AS_EXPECTED"))
                .statusCode(201);

        Http.get("/api/v1/agencies/" + agency + "/appraisal-distribution?period=" + LAST_YEAR, Tokens.analyst("73"))
                .statusCode(200)
                .body("appraisals", equalTo(3))
                .body("predicates.BAIK", equalTo(2))
                .body("predicates.SANGAT_BAIK", equalTo(1))
                .body("predicates.SANGAT_KURANG", equalTo(0))
                .body("byPositionType.PELAKSANA.BAIK", equalTo(1))
                .body("byPositionType.PELAKSANA.SANGAT_BAIK", equalTo(1))
                .body("byPositionType.FUNGSIONAL.BAIK", equalTo(1));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get("/api/v1/agencies/" + agency
                + "/appraisal-distribution?period=" + LAST_YEAR, Tokens.analyst("53")));
    }
}
