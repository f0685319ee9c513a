package id.simonev.performance;

import id.simonev.testing.OperationsChecks;
import id.simonev.testing.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTests extends OperationsContract {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithItsProblems() {
        OperationsChecks.documents("/api/v1/realisations", "post", "201", "400", "401", "403", "422");
        OperationsChecks.documents("/api/v1/realisations/{id}", "get", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/appraisals", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/appraisals/{id}", "put", "200", "400", "401", "403", "404", "422");
        OperationsChecks.documents("/api/v1/agencies/{code}/appraisal-distribution", "get", "200", "400", "401", "403",
                "404");
    }
}
