package id.simonev.programs.learninghours;

import id.simonev.platform.nip.ValidNip;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

@Path("/api/v1/employees/{nip}/learning-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning hours",
        description = "JP credited on completion, against the 20 JP every ASN is entitled to a year")
public class EmployeeLearningHoursResource {

    private final LearningHoursService service;
    private final Caller caller;

    EmployeeLearningHoursResource(LearningHoursService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "An employee's JP of a year, program by program, and whether 20 JP are reached")
    @APIResponse(responseCode = "200", description = "The employee's learning hours")
    @APIResponse(responseCode = "404", description = "No such employee")
    public EmployeeLearningHours ofEmployee(@PathParam("nip") @ValidNip String nip,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "The year; this year when left out")
            Integer year) {
        return service.ofEmployee(nip, LearningHoursService.orThisYear(year), caller);
    }
}
