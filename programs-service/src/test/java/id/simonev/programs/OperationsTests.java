package id.simonev.programs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simonev.testing.OperationsChecks;
import id.simonev.testing.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTests extends OperationsContract {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithItsProblems() {
        OperationsChecks.documents("/api/v1/programs", "post", "201", "400", "401", "403", "409", "422");
        OperationsChecks.documents("/api/v1/programs", "get", "200", "400", "401", "403");
        OperationsChecks.documents("/api/v1/programs/{id}", "get", "200", "401", "403", "404");
        OperationsChecks.documents("/api/v1/programs/{id}/benefit-estimate", "put", "200", "400", "401", "403", "404",
                "409");
        OperationsChecks.documents("/api/v1/programs/{id}/benefit-estimate", "get", "200", "401", "403", "404");
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

    @Test
    void eachRegisterImportIsDocumentedWithTheColumnsItReads() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> columns = Map.of("regions", "kode_wilayah", "agencies", "kode_instansi",
                "service-units", "jumlah_pengguna_layanan", "employees", "status_kepegawaian");
        columns.forEach((register, column) -> {
            String operation = "paths.'/api/v1/" + register + "/import'.post";
            assertEquals("Import entries from a CSV file", document.getString(operation + ".summary"));
            String tag = document.getString(operation + ".tags[0]");
            assertTrue(document.getString("tags.find { it.name == '" + tag + "' }.description").contains(column),
                    register + "'s tag names the column " + column);
        });
    }
}
