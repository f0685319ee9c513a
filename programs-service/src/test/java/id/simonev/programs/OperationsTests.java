package id.simonev.programs;

import id.simonev.testing.OperationsChecks;
import id.simonev.testing.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTests extends OperationsContract {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithItsProblems() {
        OperationsChecks.documents("/api/v1/programs", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/programs", "get", "200", "400", "401", "403");
        OperationsChecks.documents("/api/v1/programs/{id}", "get", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/agencies", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/service-units", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/employees", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/employees/{nip}", "get", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/employees/{nip}", "put", "200", "400", "401", "403", "404");
        OperationsChecks.documents("/api/v1/agencies/{code}/deactivation", "post", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/regions", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/regions", "get", "200", "400", "401", "403");
        OperationsChecks.documents("/api/v1/regions/{code}", "get", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/regions/{code}", "put", "200", "400", "401", "403", "404");
        for (String register : new String[] {"regions", "agencies", "service-units", "employees"}) {
            OperationsChecks.documents("/api/v1/" + register + "/import", "post", "200", "400", "401", "403", "422");
        }
    }
}
