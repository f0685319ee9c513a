package id.simonev.performance.view;

import id.simonev.performance.capaian.Capaian;
import id.simonev.performance.realisation.Period;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies/{code}/performance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance", description = "Capaian of an agency's indicators in a period, and of an indicator's year")
public class AgencyPerformanceResource {

    private final PerformanceViews views;
    private final Caller caller;

    AgencyPerformanceResource(PerformanceViews views, Caller caller) {
        this.views = views;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Every indicator of an agency in a period: target, realisation, capaian, the period's "
            + "state, the mean capaian and the indicators below 100%")
    @APIResponse(responseCode = "200", description = "The agency's performance")
    @APIResponse(responseCode = "404", description = "No such agency")
    public AgencyPerformance agency(@PathParam("code") String code,
            @QueryParam("period") @NotNull @Pattern(regexp = Period.PATTERN, message = Period.DESCRIPTION)
            @Parameter(description = "2026, 2026-S1, 2026-Q1 or 2026-03", example = "2026-Q1") String period) {
        return views.ofAgency(code, period, caller);
    }
}
