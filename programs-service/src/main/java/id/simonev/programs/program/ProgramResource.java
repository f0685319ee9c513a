package id.simonev.programs.program;

import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.rest.Created;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Development programs for civil servants, from draft to completion")
public class ProgramResource {

    private final ProgramService service;
    private final Caller caller;

    ProgramResource(ProgramService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Draft a program",
            description = "A draft is the office's own until it is scheduled: nothing of it is announced.")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "409", description = "A program with this code exists")
    @APIResponse(responseCode = "422", description = "The region, an agency or a service unit is not in the register")
    public Response draft(@Valid @NotNull ProgramPlan plan,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        ProgramView drafted = service.draft(plan, caller, idempotencyKey);
        return Created.at(uri, drafted.id(), drafted);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Change a program's plan",
            description = "Refused once the program is completed or cancelled; once it runs, its target agencies and "
                    + "expected outcomes stay as they were. Emits ProgramUpdated unless the program is a draft.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The program's state does not allow the change, or the code "
            + "is taken")
    @APIResponse(responseCode = "422", description = "The region, an agency or a service unit is not in the register")
    public ProgramView change(@PathParam("id") UUID id, @Valid @NotNull ProgramPlan plan) {
        return service.change(id, plan, caller);
    }

    @POST
    @Path("{id}/status-changes")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Move a program on: schedule, start, complete or cancel it",
            description = "DRAFT -> SCHEDULED -> RUNNING -> COMPLETED, or CANCELLED (with a reason) before completion. "
                    + "Scheduling emits ProgramScheduled; the others ProgramStatusChanged. Completing decides each "
                    + "participant's completion and emits ParticipantCompleted for each.")
    @APIResponse(responseCode = "200", description = "The program in its new state")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "Not allowed from the program's current state, which it names")
    public ProgramView changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange change,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey) {
        return service.changeStatus(id, change, caller, idempotencyKey);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One program, with its plan, participants, budget and history")
    @APIResponse(responseCode = "200", description = "The program")
    @APIResponse(responseCode = "404", description = "No such program")
    public ProgramView find(@PathParam("id") UUID id) {
        return service.find(id, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Programs the caller may see, paged and filtered")
    @APIResponse(responseCode = "200", description = "One page of programs")
    public Page<ProgramSummary> list(@Valid @BeanParam ProgramQuery query, @Valid @BeanParam PageRequest paging) {
        return service.list(query, paging, caller);
    }
}
