package id.simonev.performance;

import id.simonev.testing.OperationsChecks;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTests {

    @Test
    void healthCoversTheDatabaseAndKafkaAndMetricsAreExposed() {
        OperationsChecks.healthAndMetricsAreOpen();
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithItsProblems() {
        OperationsChecks.documents("/api/v1/realisations", "post", "201", "400", "401", "403", "422");
        OperationsChecks.documents("/api/v1/realisations/{id}", "get", "200", "401", "403", "404");
    }

    @Test
    void everyOperationHasAnIdASecurityRequirementAndProblemAnswers() {
        OperationsChecks.everyOperationIsIdentifiedSecuredAndAnswersWithProblems();
    }

    @Test
    void theOpenApiDocumentPassesTheStandardLinter() {
        OperationsChecks.passesTheOpenApiLinter();
    }
}
