package id.simonev.reporting.summary;

import id.simonev.platform.region.RegionCode;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Region reports", description = "Reports on a region, kept up to date from events")
public class RegionSummaryResource {

    private final RegionSummaryService service;
    private final Caller caller;

    RegionSummaryResource(RegionSummaryService service, Caller caller) {
        this.service = service;
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
}
