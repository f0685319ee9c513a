package id.simonev.programs.learninghours;

import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.Problem;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies/{code}/learning-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning hours", description = "JP credited on completion, against the 20 JP every ASN is entitled to a year")
public class AgencyLearningHoursResource {

    private final LearningHoursService service;
    private final JsonWebToken token;

    AgencyLearningHoursResource(LearningHoursService service, JsonWebToken token) {
        this.service = service;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "An agency's JP coverage in a year: how many of its employees reached 20 JP")
    @APIResponse(responseCode = "200", description = "The agency's coverage",
            content = @Content(schema = @Schema(implementation = AgencyLearningHours.class)))
    @APIResponse(responseCode = "404", description = "No such agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgencyLearningHours ofAgency(@PathParam("code") String code, @QueryParam("year") @Min(2000) @Max(2100)
            @Parameter(description = "The year; this year when left out") Integer year) {
        return service.ofAgency(code, LearningHoursService.orThisYear(year), Caller.of(token));
    }

    @GET
    @Path("below-entitlement")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "An agency's employees still below 20 JP in a year, furthest from it first, paged")
    @APIResponse(responseCode = "200", description = "One page of employees")
    @APIResponse(responseCode = "404", description = "No such agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<EmployeeBelowEntitlement> belowEntitlement(@PathParam("code") String code,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "The year; this year when left out")
            Integer year, @Valid @BeanParam PageRequest paging) {
        return service.belowEntitlement(code, LearningHoursService.orThisYear(year), paging, Caller.of(token));
    }
}
