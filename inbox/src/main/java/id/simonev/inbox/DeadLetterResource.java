package id.simonev.inbox;

import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The events this service could not apply, for an administrator to look at and replay once the cause is fixed. */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters")
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "The records this service could not apply, latest failure first")
    public Page<DeadLetterView> list(
            @QueryParam("status") @Parameter(description = "PENDING (not yet replayed) or REPLAYED")
            DeadLetterStatus status,
            @Valid @BeanParam PageRequest paging) {
        return deadLetters.list(status, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dead letter")
    @APIResponse(responseCode = "200", description = "The dead letter")
    @APIResponse(responseCode = "404", description = "No such dead letter")
    public DeadLetterView find(@PathParam("id") UUID id) {
        return deadLetters.find(id);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Applies a dead letter again, once, after its cause was fixed",
            description = "Applies it through the handlers of the consumer that read it and marks it replayed; "
                    + "replaying a replayed one applies nothing. If it fails again it stays a dead letter with the "
                    + "new reason: 422 when its data still cannot be read, 409 when the change failed.")
    @APIResponse(responseCode = "200", description = "Replayed, now or before")
    @APIResponse(responseCode = "404", description = "No such dead letter")
    @APIResponse(responseCode = "409", description = "The change failed again; the reason is kept")
    @APIResponse(responseCode = "422", description = "The record or its data still cannot be read")
    public DeadLetterView replay(@PathParam("id") UUID id) {
        return deadLetters.replay(id);
    }
}
