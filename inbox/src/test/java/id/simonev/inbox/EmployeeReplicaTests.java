package id.simonev.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.inbox.RegisterReplica.KnownEmployee;
import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.TestEvents;
import id.simonev.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The copy of the register keeps employees from their events, with what appraisal and evaluation
 * need of them (jenis jabatan, golongan, atasan langsung), and answers a service's lookups.
 */
@QuarkusTest
class EmployeeReplicaTests {

    private static final AtomicInteger BIRTHS = new AtomicInteger();

    @Inject
    Inbox inbox;

    @Inject
    RegisterConsumer consumer;

    @Inject
    RegisterReplica register;

    /** A valid NIP no other test uses: born from 1985 on, a day each, appointed 2010-03. */
    private static String nip() {
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(BIRTHS.incrementAndGet());
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "201003" + "1" + "001";
    }

    /** An employee's event as programs-service writes it; one checked against its contract. */
    private static ObjectNode employeeEvent(String type, String nip, String rank, String supervisorNip,
                                            boolean active) {
        Map<String, Object> data = new HashMap<>();
        data.put("nip", nip);
        data.put("name", "Andi Baso");
        data.put("gender", "L");
        data.put("agencyCode", "DINKES-MKS");
        data.put("regionCode", "73.71");
        data.put("position", "Analis Kebijakan");
        data.put("status", "PNS");
        data.put("positionType", "FUNGSIONAL");
        data.put("rank", rank);
        data.put("supervisorNip", supervisorNip);
        data.put("active", active);
        return TestEvents.envelope(type, "programs-service", nip, "73.71", data);
    }

    private void apply(ObjectNode... events) {
        inbox.apply(List.of(events).stream().map(Records::record).toList(), consumer);
    }

    private Optional<KnownEmployee> employee(String nip) {
        return QuarkusTransaction.requiringNew().call(() -> register.employee(nip));
    }

    @Test
    void anEmployeeLandsInTheCopyWithJenisJabatanGolonganAndSupervisorAndFollowsItsChanges() {
        String nip = nip();
        String supervisor = nip();
        String other = nip();

        // The employee's event may come before its supervisor's: each is keyed by its own NIP.
        apply(employeeEvent("EmployeeRegistered", nip, "III/a", supervisor, true));
        assertEquals(Optional.of(new KnownEmployee(nip, "Andi Baso", "L", "DINKES-MKS", "73.71", "Analis Kebijakan",
                "PNS", "FUNGSIONAL", "III/a", supervisor, true)), employee(nip));

        apply(employeeEvent("EmployeeUpdated", nip, "III/b", other, true));
        KnownEmployee promoted = QuarkusTransaction.requiringNew()
                .call(() -> register.requireActiveEmployee("nip", nip));
        assertEquals("III/b", promoted.rank());
        assertEquals(other, promoted.supervisorNip());
        String spelled = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " "
                + nip.substring(15);
        assertEquals(Optional.of(promoted), employee(spelled));
    }

    @Test
    void aDeactivatedOrUnknownEmployeeIsAnUnknownReferenceNamingTheField() {
        String nip = nip();
        apply(employeeEvent("EmployeeRegistered", nip, "IV/a", null, true),
                employeeEvent("EmployeeUpdated", nip, "IV/a", null, false));

        assertEquals(false, employee(nip).orElseThrow().active());
        for (String unknown : List.of(nip, nip())) {
            ProblemException refused = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> register.requireActiveEmployee("supervisorNip", unknown)));
            assertEquals(ProblemType.UNKNOWN_REFERENCE, refused.type());
            assertEquals(List.of(new Problem.Violation("supervisorNip",
                    "employee " + unknown + " is not in the register or no longer active")), refused.violations());
        }
    }

    @Test
    void anEventRecordedBeforeTheRegisterKeptTheNewFieldsLandsWithoutThem() {
        String nip = nip();
        ObjectNode older = employeeEvent("EmployeeRegistered", nip, null, null, true);
        ObjectNode data = (ObjectNode) older.path("data");
        data.remove(List.of("positionType", "rank", "supervisorNip"));

        apply(older);

        KnownEmployee employee = employee(nip).orElseThrow();
        assertEquals(List.of("PNS", "73.71"), List.of(employee.status(), employee.regionCode()));
        assertEquals(Arrays.asList(null, null, null),
                Arrays.asList(employee.positionType(), employee.rank(), employee.supervisorNip()));
    }

    @Test
    void anEmployeeEventOnTheTopicReachesTheCopy() {
        String nip = nip();
        Topics.publish(Records.TOPIC, nip, employeeEvent("EmployeeRegistered", nip, "II/c", null, true).toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("II/c",
                employee(nip).map(KnownEmployee::rank).orElse(null)));
    }
}
