package id.simonev.reporting;

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
        OperationsChecks.documents("/api/v1/reports/regions/{code}/summary", "get", "200", "400", "401", "403", "404");
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
