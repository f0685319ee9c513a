package id.simonev.programs.learninghours;

import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/agencies/{code}/learning-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning hours", description = "JP credited on completion, against the 20 JP every ASN is entitled to a year")
public class AgencyLearningHoursResource {

    private final LearningHoursService service;
    private final Caller caller;

    AgencyLearningHoursResource(LearningHoursService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "An agency's JP coverage in a year: how many of its employees reached 20 JP")
    @APIResponse(responseCode = "200", description = "The agency's coverage")
    @APIResponse(responseCode = "404", description = "No such agency")
    public AgencyLearningHours ofAgency(@PathParam("code") String code, @QueryParam("year") @Min(2000) @Max(2100)
            @Parameter(description = "The year; this year when left out") Integer year) {
        return service.ofAgency(code, LearningHoursService.orThisYear(year), caller);
    }

    @GET
    @Path("below-entitlement")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "An agency's employees still below 20 JP in a year, furthest from it first, paged")
    @APIResponse(responseCode = "200", description = "One page of employees")
    @APIResponse(responseCode = "404", description = "No such agency")
    public Page<EmployeeBelowEntitlement> belowEntitlement(@PathParam("code") String code,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "The year; this year when left out")
            Integer year, @Valid @BeanParam PageRequest paging) {
        return service.belowEntitlement(code, LearningHoursService.orThisYear(year), paging, caller);
    }
}
