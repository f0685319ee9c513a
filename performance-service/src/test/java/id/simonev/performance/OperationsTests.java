package id.simonev.performance;

import id.simonev.testing.OperationsChecks;
import id.simonev.testing.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTests extends OperationsContract {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithItsProblems() {
        OperationsChecks.documents("/api/v1/appraisals", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/appraisals/{id}", "put", "200", "400", "401", "403", "404", "422");
        OperationsChecks.documents("/api/v1/agencies/{code}/appraisal-distribution", "get", "200", "400", "401", "403",
                "404");
        OperationsChecks.documents("/api/v1/indicators", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/indicators", "get", "200", "400", "401", "403");
        OperationsChecks.documents("/api/v1/indicators/import", "post", "200", "400", "401", "403", "422");
        OperationsChecks.documents("/api/v1/indicators/targets/import", "post", "200", "400", "401", "403", "422");
        OperationsChecks.documents("/api/v1/indicators/realisations/import", "post",
                "200", "400", "401", "403", "422");
        OperationsChecks.documents("/api/v1/indicators/{id}", "get", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/indicators/{id}", "put", "200", "400", "401", "403", "404", "409", "422");
        OperationsChecks.documents("/api/v1/indicators/{id}/targets/{period}", "put",
                "200", "400", "401", "403", "404", "409", "422");
        OperationsChecks.documents("/api/v1/indicators/{id}/targets/{period}", "get", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/indicators/{id}/realisations", "post",
                "201", "400", "401", "403", "404", "409", "422");
        OperationsChecks.documents("/api/v1/indicators/{id}/realisations/{period}", "get",
                "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/indicators/{id}/realisations/{period}", "put",
                "200", "400", "401", "403", "404", "409", "422");
        OperationsChecks.documents("/api/v1/agencies/{code}/periods/{period}", "get", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/agencies/{code}/periods/{period}/verification", "post",
                "200", "401", "403", "404", "409");
        OperationsChecks.documents("/api/v1/agencies/{code}/periods/{period}/lock", "post",
                "200", "401", "403", "404", "409");
        OperationsChecks.documents("/api/v1/agencies/{code}/periods/{period}/unlock", "post",
                "200", "400", "401", "403", "404", "409");
        OperationsChecks.documents("/api/v1/agencies/{code}/performance", "get", "200", "400", "401", "403", "404");
        OperationsChecks.documents("/api/v1/indicators/{id}/series", "get", "200", "400", "401", "403", "404");
    }
}
