package id.simonev.reporting.summary;

import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.region.RegionCode;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import id.simonev.reporting.evaluation.CompetencyType;
import id.simonev.reporting.evaluation.ProgramFormat;
import id.simonev.reporting.evaluation.ProgramListItem;
import id.simonev.reporting.evaluation.ProgramListService;
import id.simonev.reporting.evaluation.ProgramStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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

@Path("/api/v1/reports/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Region reports", description = "Reports on a region, kept up to date from events")
public class RegionSummaryResource {

    private final RegionSummaryService service;
    private final ProgramListService programs;
    private final Caller caller;

    RegionSummaryResource(RegionSummaryService service, ProgramListService programs, Caller caller) {
        this.service = service;
        this.programs = programs;
        this.caller = caller;
    }

    @GET
    @Path("{code}/summary")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(summary = "Summary of a region",
            description = "Programs, SKM responses with the IKM of each service unit, and the latest capaian of each "
                    + "indicator, in the region and (for a province) its kabupaten/kota.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "The region is not in the register")
    public RegionSummary summary(
            @PathParam("code") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION) String code) {
        return service.summarise(code, caller);
    }

    @GET
    @Path("{code}/programs")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(summary = "Programs of a region with their headline figures",
            description = "The programs of the region and (for a province) its kabupaten/kota, paged, sorted by "
                    + "startDate, code, title or status (default startDate,desc) and filtered, each with its "
                    + "participants taking part, completion rate, mean normalized gain, the delivery's overall "
                    + "reaction (only from 3 respondents) and the time of the latest event included. Level 4's "
                    + "difference in differences is not part of this list yet.")
    @APIResponse(responseCode = "200", description = "One page of programs")
    public Page<ProgramListItem> programs(
            @PathParam("code") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION) String code,
            @QueryParam("year") @Parameter(description = "Year of the start date") Integer year,
            @QueryParam("status") @Parameter(description = "Where the program is in its life") ProgramStatus status,
            @QueryParam("format") @Parameter(description = "How it is delivered") ProgramFormat format,
            @QueryParam("competencyType") @Parameter(description = "The kind of competency it develops")
            CompetencyType competencyType,
            @QueryParam("agency") @Parameter(description = "Code of the organising agency") String agency,
            @Valid @BeanParam PageRequest paging) {
        return programs.list(code, new ProgramListService.Criteria(year, status, format, competencyType, agency),
                paging, caller);
    }
}
