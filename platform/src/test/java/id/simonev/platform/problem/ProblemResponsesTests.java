package id.simonev.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/** What the filter adds to an operation, on operations built as the scanner would build them. */
class ProblemResponsesTests {

    private static final String SCHEME = "SecurityScheme";

    @Test
    void anOperationWithoutSecurityGetsTheBearerSchemeAndTheCommonProblems() {
        Operation operation = operation();
        filter(operation);

        assertEquals(List.of(Map.of(SCHEME, List.of())),
                operation.getSecurity().stream().map(requirement -> requirement.getSchemes()).toList());
        for (String status : List.of("400", "401", "403", "500")) {
            assertProblem(operation.getResponses().getAPIResponse(status));
        }
        assertFalse(operation.getResponses().hasAPIResponse("415"), "415 only where a body is read");
    }

    @Test
    void aPublicOperationKeepsItsEmptyRequirementAndGetsNo401Or403() {
        Operation operation = operation().addSecurityRequirement(OASFactory.createSecurityRequirement());
        filter(operation);

        assertEquals(1, operation.getSecurity().size());
        assertTrue(operation.getSecurity().get(0).getSchemes().isEmpty());
        assertFalse(operation.getResponses().hasAPIResponse("401"));
        assertFalse(operation.getResponses().hasAPIResponse("403"));
        assertProblem(operation.getResponses().getAPIResponse("400"));
    }

    @Test
    void anOperationWithRolesKeepsThemAndABodyBrings415() {
        Operation operation = operation()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of("admin")))
                .requestBody(OASFactory.createRequestBody());
        filter(operation);

        assertEquals(Map.of(SCHEME, List.of("admin")), operation.getSecurity().get(0).getSchemes());
        assertProblem(operation.getResponses().getAPIResponse("415"));
    }

    @Test
    void aDeclaredRefusalWithoutContentGetsTheProblemBodyAndOneWithContentKeepsIt() {
        APIResponse own = OASFactory.createAPIResponse().description("Own")
                .content(OASFactory.createContent().addMediaType("text/plain", OASFactory.createMediaType()));
        Operation operation = operation();
        operation.getResponses()
                .addAPIResponse("404", OASFactory.createAPIResponse().description("No such agency"))
                .addAPIResponse("409", own)
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));
        filter(operation);

        assertProblem(operation.getResponses().getAPIResponse("404"));
        assertEquals("No such agency", operation.getResponses().getAPIResponse("404").getDescription());
        assertEquals(List.of("text/plain"), List.copyOf(own.getContent().getMediaTypes().keySet()));
        assertEquals("The token's role or regions do not allow this",
                operation.getResponses().getAPIResponse("403").getDescription());
        assertNull(operation.getResponses().getAPIResponse("200").getContent());
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("Fine")));
    }

    private static void filter(Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme(SCHEME,
                        OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .paths(OASFactory.createPaths().addPathItem("/api/v1/things",
                        OASFactory.createPathItem().GET(operation)));
        new ProblemResponses().filterOpenAPI(openAPI);
        assertTrue(openAPI.getComponents().getSchemas().containsKey("Problem"));
    }

    private static void assertProblem(APIResponse response) {
        assertEquals("#/components/schemas/Problem",
                response.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef());
    }
}
