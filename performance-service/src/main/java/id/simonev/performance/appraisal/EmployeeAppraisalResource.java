package id.simonev.performance.appraisal;

import id.simonev.performance.realisation.Period;
import id.simonev.platform.nip.ValidNip;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Appraisals seen from an employee and from an agency. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appraisals")
public class EmployeeAppraisalResource {

    private final AppraisalService service;
    private final Caller caller;

    EmployeeAppraisalResource(AppraisalService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("employees/{nip}/appraisals")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "An employee's appraisals, latest period first",
            description = "Each with the agency, position type and rank the employee had then.")
    @APIResponse(responseCode = "200", description = "The history; empty when none is in your regions")
    public List<AppraisalView> history(@PathParam("nip") @ValidNip String nip) {
        return service.history(nip, caller);
    }

    @GET
    @Path("agencies/{code}/appraisal-distribution")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "How an agency's employees were appraised in a period, per predicate and position type")
    @APIResponse(responseCode = "200", description = "The distribution")
    @APIResponse(responseCode = "404", description = "No such agency in your regions")
    public PredicateDistribution distribution(@PathParam("code") String code,
            @QueryParam("period") @NotNull @Pattern(regexp = Period.PATTERN, message = AppraisalPeriod.DESCRIPTION)
            @Parameter(description = "A month (2026-03), a quarter (2026-Q1) or a year (2026)") String period) {
        return service.distribution(code, period, caller);
    }
}
