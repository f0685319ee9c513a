package id.simonev.reporting.ingest;

import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilds of the read models from the topics, for an administrator to start and follow. */
@Path("/api/v1/admin/read-models/rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Read model rebuilds")
public class ReadModelRebuildResource {

    private final ReadModelRebuilds rebuilds;
    private final Caller caller;

    ReadModelRebuildResource(ReadModelRebuilds rebuilds, Caller caller) {
        this.rebuilds = rebuilds;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Starts a rebuild of every read model from the beginning of the topics",
            description = "Builds new tables from every event on the topics while the current ones keep answering; "
                    + "once the new ones have every event the current ones have, they take over in one transaction. "
                    + "Follow it at its Location or at /current.")
    @APIResponse(responseCode = "202", description = "Started; the answer is its first state",
            content = @Content(schema = @Schema(implementation = ReadModelRebuild.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is running; nothing was started")
    public Response start(@Context UriInfo uri) {
        ReadModelRebuild started = rebuilds.start(caller.name());
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().path(started.id().toString()).build())
                .build();
    }

    @GET
    @Path("/current")
    @Operation(summary = "The latest rebuild, running or not, with its progress")
    @APIResponse(responseCode = "200", description = "The latest rebuild")
    @APIResponse(responseCode = "404", description = "No rebuild was started yet")
    public ReadModelRebuild current() {
        return rebuilds.current();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rebuild, with its progress")
    @APIResponse(responseCode = "200", description = "The rebuild")
    @APIResponse(responseCode = "404", description = "No such rebuild")
    public ReadModelRebuild find(@PathParam("id") UUID id) {
        return rebuilds.find(id);
    }
}
