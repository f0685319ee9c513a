package id.simonev.surveys;

import id.simonev.testing.OperationsChecks;
import id.simonev.testing.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTests extends OperationsContract {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithItsProblems() {
        OperationsChecks.documents("/api/v1/campaigns/{campaignId}/responses", "post", "201", "400", "401", "403", "404", "409");
        OperationsChecks.documents("/api/v1/public/surveys/{code}/responses", "post", "201", "400", "404", "409");
        OperationsChecks.documents("/api/v1/campaigns/{campaignId}/result", "get", "200", "400", "401", "403", "404");
        OperationsChecks.documents("/api/v1/service-units/{code}/skm-results", "get", "200", "400", "401", "403",
                "404");
        OperationsChecks.documents("/api/v1/service-units/{code}/skm-trend", "get", "200", "400", "401", "403", "404");
        OperationsChecks.documents("/api/v1/skm-rankings", "get", "200", "400", "401", "403");
    }
}
