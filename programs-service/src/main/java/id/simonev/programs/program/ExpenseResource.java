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

@Path("/api/v1/programs/{id}/expenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs: budget", description = "Expense lines that realise a program's budget")
public class ExpenseResource {

    private final ExpenseService service;
    private final Caller caller;

    ExpenseResource(ExpenseService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record an expense line", description = "Emits ExpenseRecorded on simonev.programs.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ExpenseView.class)))
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The program is still a draft")
    public Response record(@PathParam("id") UUID programId, @Valid @NotNull NewExpense expense,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        ExpenseView recorded = service.record(programId, expense, caller, idempotencyKey);
        return Created.at(uri, recorded.id(), recorded);
    }

    @GET
    @Path("{expenseId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One expense line")
    @APIResponse(responseCode = "200", description = "The expense line")
    @APIResponse(responseCode = "404", description = "No such program or expense line")
    public ExpenseView find(@PathParam("id") UUID programId, @PathParam("expenseId") UUID expenseId) {
        return service.find(programId, expenseId, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A program's expense lines, paged")
    @APIResponse(responseCode = "200", description = "One page of expense lines")
    @APIResponse(responseCode = "404", description = "No such program")
    public Page<ExpenseView> list(@PathParam("id") UUID programId, @Valid @BeanParam PageRequest paging) {
        return service.list(programId, paging, caller);
    }
}
