package id.simonev.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Declares once, for every API operation, what they all share, so that a resource documents only
 * what is its own:
 * <ul>
 * <li>the bearer token: an operation without a security requirement gets the document's scheme
 * (Quarkus adds it with the roles from {@code @RolesAllowed}, but misses operations declared on an
 * interface). A public operation says so with an empty {@code @SecurityRequirementsSet} beside its
 * {@code @PermitAll}, which the document shows as {@code security: [{}]}: it is left alone and gets
 * no 401 or 403;</li>
 * <li>the problem answers any operation can give: 400 and 500, 401 and 403 unless it is public, 415
 * if it takes a body;</li>
 * <li>the problem body ({@code application/problem+json}, the Problem schema) for every 4xx and 5xx
 * answer declared without content, so that a resource writes only
 * {@code @APIResponse(responseCode = "404", description = "No such agency")}. An answer that has
 * content keeps it. The 429 that {@code @RateLimited} declares, with its {@code Retry-After} header,
 * gets its problem body here too.</li>
 * </ul>
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String NO_TOKEN = "401";
    private static final String NOT_ALLOWED = "403";
    private static final String UNSUPPORTED_MEDIA_TYPE = "415";
    private static final Map<String, String> COMMON = descriptions(
            "400", "The request is invalid: the problem lists each bad field and why",
            NO_TOKEN, "No bearer token, or one that is expired or not signed by a trusted key",
            NOT_ALLOWED, "The token's role or regions do not allow this",
            UNSUPPORTED_MEDIA_TYPE, "The body is not of a media type this operation reads (Content-Type)",
            "500", "An unexpected failure on our side");
    /** What Quarkus writes on the answers it adds itself: they get ours instead. */
    private static final Set<String> FRAMEWORK_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed", "Bad Request");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
        String scheme = openAPI.getComponents().getSecuritySchemes() == null ? null
                : openAPI.getComponents().getSecuritySchemes().keySet().stream().findFirst().orElse(null);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() != null) {
                path.getOperations().values().forEach(operation -> document(operation, scheme));
            }
        }
    }

    private static void document(Operation operation, String scheme) {
        if (operation.getSecurity() == null && scheme != null) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(scheme));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean open = isPublic(operation);
        COMMON.forEach((status, description) -> {
            boolean applies = switch (status) {
                case NO_TOKEN, NOT_ALLOWED -> !open;
                case UNSUPPORTED_MEDIA_TYPE -> operation.getRequestBody() != null;
                default -> true;
            };
            APIResponse response = responses.getAPIResponse(status);
            if (applies && response == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            } else if (response != null && FRAMEWORK_DESCRIPTIONS.contains(response.getDescription())) {
                response.setDescription(description);
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && isEmpty(response)) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    /**
     * Public: the operation lists its security and no requirement in it names a scheme
     * ({@code security: [{}]} or {@code security: []}).
     */
    private static boolean isPublic(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && security.stream()
                .allMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
    }

    private static boolean isEmpty(APIResponse response) {
        return response.getRef() == null
                && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty());
    }

    private static Map<String, String> descriptions(String... statusesAndDescriptions) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (int i = 0; i < statusesAndDescriptions.length; i += 2) {
            descriptions.put(statusesAndDescriptions[i], statusesAndDescriptions[i + 1]);
        }
        return descriptions;
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("line", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The line of an uploaded file (the header is line 1); only for a file's rows"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation));
    }
}
