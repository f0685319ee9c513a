package id.simonev.reporting;

import id.simonev.testing.OperationsChecks;
import id.simonev.testing.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTests extends OperationsContract {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithItsProblems() {
        OperationsChecks.documents("/api/v1/reports/regions/{code}/summary", "get", "200", "400", "401", "403", "404");
        OperationsChecks.documents("/api/v1/programs/{programId}/evaluation", "get", "200", "400", "401", "403",
                "404");
    }
}
