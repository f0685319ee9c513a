package id.simonev.performance.realisation;

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

@Path("/api/v1/realisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Realisations", description = "Key indicators (IKU) of agencies: realisations against targets, and capaian")
public class RealisationResource {

    private final RealisationService service;
    private final Caller caller;

    RealisationResource(RealisationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record the realisation of an indicator for a period",
            description = "Computes capaian by the indicator's direction. Emits RealisationRecorded on simonev.performance.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RealisationView.class)))
    @APIResponse(responseCode = "422", description = "The agency is not in the register or no longer active")
    public Response record(@Valid @NotNull NewRealisation realisation,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        RealisationView recorded = service.record(realisation, caller, idempotencyKey);
        return Created.at(uri, recorded.id(), recorded);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One realisation")
    @APIResponse(responseCode = "200", description = "The realisation")
    @APIResponse(responseCode = "404", description = "No such realisation")
    public RealisationView find(@PathParam("id") UUID id) {
        return service.find(id, caller);
    }
}
