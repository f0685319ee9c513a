package id.simonev.performance.period;

import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies/{code}/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Periods", description = "The periods of an agency: RECORDED -> VERIFIED -> LOCKED. A locked period, "
        + "and every period inside it, takes no realisation, correction or target until an admin unlocks it")
public class AgencyPeriodResource {

    private final AgencyPeriodService service;
    private final Caller caller;

    AgencyPeriodResource(AgencyPeriodService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The state of a period of an agency")
    @APIResponse(responseCode = "200", description = "The period")
    @APIResponse(responseCode = "404", description = "No such agency")
    public AgencyPeriodView find(@PathParam("code") String code, @PathParam("period") String period) {
        return service.find(code, period, caller);
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Verify a RECORDED period", description = "Emits PeriodVerified.")
    @APIResponse(responseCode = "200", description = "Verified")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "The period is not RECORDED")
    public AgencyPeriodView verify(@PathParam("code") String code, @PathParam("period") String period) {
        return service.verify(code, period, caller);
    }

    @POST
    @Path("lock")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Lock a VERIFIED period", description = "Emits PeriodLocked.")
    @APIResponse(responseCode = "200", description = "Locked")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "The period is not VERIFIED")
    public AgencyPeriodView lock(@PathParam("code") String code, @PathParam("period") String period) {
        return service.lock(code, period, caller);
    }

    @POST
    @Path("unlock")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Unlock a LOCKED period, with a reason", description = "The period is RECORDED again; "
            + "the reason is kept. Emits PeriodUnlocked.")
    @APIResponse(responseCode = "200", description = "Unlocked")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "The period is not LOCKED")
    public AgencyPeriodView unlock(@PathParam("code") String code, @PathParam("period") String period,
            @Valid @NotNull Unlock unlock) {
        return service.unlock(code, period, unlock, caller);
    }
}
