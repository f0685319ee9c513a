package id.simonev.surveys.skm;

import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.rest.Created;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/skm-responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SKM responses", description = "Citizen satisfaction survey answers (PermenPANRB 14/2017)")
public class SkmResponseResource {

    private final SkmResponseService service;
    private final Caller caller;

    SkmResponseResource(SkmResponseService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record one SKM response",
            description = "An operator enters a citizen's answer sheet. Emits SurveyResponseSubmitted on simonev.surveys.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = SkmResponseView.class)))
    @APIResponse(responseCode = "422", description = "The service unit is not in the register or no longer active")
    public Response submit(@Valid @NotNull NewSkmResponse response,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        SkmResponseView submitted = service.submit(response, caller, idempotencyKey);
        return Created.at(uri, submitted.id(), submitted);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One SKM response")
    @APIResponse(responseCode = "200", description = "The response")
    @APIResponse(responseCode = "404", description = "No such response")
    public SkmResponseView find(@PathParam("id") UUID id) {
        return service.find(id, caller);
    }
}
