package id.simonev.surveys.instrument;

import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.rest.Created;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments", description = "Survey instruments: the SKM of PermenPANRB 14/2017 built in (U1-U9, scale "
        + "1-4, equal weights), and offices' own versions of it with other weights or extra questions. Publishing "
        + "a version freezes it; a change makes the next version.")
public class InstrumentResource {

    private final InstrumentService service;
    private final Caller caller;

    InstrumentResource(InstrumentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The instruments: the built-in ones and those of agencies in your regions")
    public List<InstrumentView> list() {
        return service.list(caller);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Make an agency's own SKM",
            description = "The nine SKM elements with the agency's weights and extra questions, as a draft of "
                    + "version 1.")
    @APIResponse(responseCode = "201", description = "Made, as a draft")
    @APIResponse(responseCode = "409", description = "An instrument with this code exists")
    @APIResponse(responseCode = "422", description = "The agency is not in the register or no longer active")
    public Response create(@Valid @NotNull NewInstrument instrument,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        InstrumentView created = service.create(instrument, caller, idempotencyKey);
        return Created.at(uri, created.code(), created);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One instrument with its versions")
    @APIResponse(responseCode = "200", description = "The instrument")
    @APIResponse(responseCode = "404", description = "No such instrument in your regions")
    public InstrumentView find(@PathParam("code") String code) {
        return service.find(code, caller);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Change an agency's own SKM",
            description = "Replaces the draft; when the latest version is published, makes the next version as a "
                    + "draft.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such instrument in your regions")
    @APIResponse(responseCode = "409", description = "The instrument is built into the regulation")
    public InstrumentView change(@PathParam("code") String code, @Valid @NotNull InstrumentContent content) {
        return service.change(code, content, caller);
    }

    @POST
    @Path("{code}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Publish the draft", description = "Freezes it; campaigns may use it from now on.")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "404", description = "No such instrument in your regions")
    @APIResponse(responseCode = "409", description = "No draft to publish, or the instrument is built in")
    public InstrumentView publish(@PathParam("code") String code) {
        return service.publish(code, caller);
    }

    @GET
    @Path("{code}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One version of an instrument, with its items")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such instrument or version in your regions")
    public InstrumentVersion version(@PathParam("code") String code, @PathParam("version") @Min(1) int version) {
        return service.version(code, version, caller);
    }
}
