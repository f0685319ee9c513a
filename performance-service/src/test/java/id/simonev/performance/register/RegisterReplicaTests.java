package id.simonev.performance.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.inbox.RegisterReplica;
import id.simonev.inbox.RegisterReplica.KnownEmployee;
import id.simonev.testing.Register;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * performance-service keeps its own copy of the register's employees from programs-service's
 * events, as it does of agencies: what an appraisal needs of an employee, and who appraises them.
 */
@QuarkusTest
class RegisterReplicaTests {

    private static final String HEAD = "196711101992031001";
    private static final String STAFF = "198503152010012001";

    @Inject
    RegisterReplica register;

    @Test
    void anEmployeeAndTheirSupervisorLandInTheCopyInEitherOrder() {
        Register.ensureEmployee(STAFF, "DINKES-MKS", "73.71", "PELAKSANA", "II/c", HEAD);
        Register.ensureEmployee(HEAD, "DINKES-MKS", "73.71", "ADMINISTRATOR", "IV/a", null);

        KnownEmployee staff = QuarkusTransaction.requiringNew()
                .call(() -> register.requireActiveEmployee("nip", STAFF));
        KnownEmployee head = QuarkusTransaction.requiringNew()
                .call(() -> register.employee(staff.supervisorNip()).orElseThrow());
        assertEquals(List.of("PELAKSANA", "II/c", "PNS", "P", "73.71"),
                List.of(staff.positionType(), staff.rank(), staff.status(), staff.gender(), staff.regionCode()));
        assertEquals(List.of(HEAD, "ADMINISTRATOR", "IV/a"), List.of(head.nip(), head.positionType(), head.rank()));
    }
}
