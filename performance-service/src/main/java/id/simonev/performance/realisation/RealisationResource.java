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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/{id}/realisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Realisations", description = "Realisations of an indicator against its targets, with capaian, and "
        + "their corrections")
public class RealisationResource {

    private final RealisationService service;
    private final Caller caller;

    RealisationResource(RealisationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record the realisation of one of the indicator's periods",
            description = "Computes capaian against the period's target by the indicator's direction. "
                    + "Emits RealisationRecorded.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such indicator in your regions")
    @APIResponse(responseCode = "409", description = "The period already has a realisation (correct it with PUT), "
            + "is locked, or the indicator is retired")
    @APIResponse(responseCode = "422", description = "The period has no target, is not of the indicator's period "
            + "type, or the value is a percent over 100")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull NewRealisation realisation,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        RealisationView recorded = service.record(id, realisation, caller, idempotencyKey);
        return Created.at(uri, recorded.period(), recorded);
    }

    @GET
    @Path("{period}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The realisation of a period, with its corrections")
    @APIResponse(responseCode = "200", description = "The realisation")
    @APIResponse(responseCode = "404", description = "No such indicator in your regions, or no realisation")
    public RealisationView find(@PathParam("id") UUID id, @PathParam("period") String period) {
        return service.find(id, period, caller);
    }

    @PUT
    @Path("{period}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Correct the realisation of a period, with a reason",
            description = "The earlier value is kept with who changed it, when and why. Emits RealisationCorrected.")
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "404", description = "No such indicator in your regions, or no realisation")
    @APIResponse(responseCode = "409", description = "The period is locked")
    @APIResponse(responseCode = "422", description = "The value is a percent over 100")
    public RealisationView correct(@PathParam("id") UUID id, @PathParam("period") String period,
            @Valid @NotNull Correction correction) {
        return service.correct(id, period, correction, caller);
    }
}
