package id.simonev.surveys.result;

import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import id.simonev.platform.validation.PlausibleDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/service-units/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service unit results", description = "A service unit's SKM results over a period, one per instrument "
        + "version, and its IKM campaign by campaign.")
public class ServiceUnitResultResource {

    private final SkmResultService service;
    private final Caller caller;

    ServiceUnitResultResource(SkmResultService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("skm-results")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The unit's SKM results over a period",
            description = "Of its responses dated from `from` to `to`, whatever campaign they came in, one result "
                    + "per instrument version, with N the unit's yearly number of service users in the register.")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "404", description = "No such service unit in your regions")
    public UnitResults results(@PathParam("code") String code,
            @QueryParam("from") @NotNull @PlausibleDate @Parameter(description = "First day, yyyy-mm-dd")
            LocalDate from,
            @QueryParam("to") @NotNull @PlausibleDate @Parameter(description = "Last day, included; not before from")
            LocalDate to) {
        return service.ofServiceUnit(code, from, to, caller);
    }

    @GET
    @Path("skm-trend")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The unit's IKM campaign by campaign",
            description = "Every campaign of the unit that has opened, by start date, with n, the IKM, its grade, "
                    + "its interval and whether the grade is settled.")
    @APIResponse(responseCode = "200", description = "The trend")
    @APIResponse(responseCode = "404", description = "No such service unit in your regions")
    public UnitTrend trend(@PathParam("code") String code) {
        return service.trendOf(code, caller);
    }
}
