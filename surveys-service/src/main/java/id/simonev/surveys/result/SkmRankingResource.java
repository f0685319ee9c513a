package id.simonev.surveys.result;

import id.simonev.platform.region.RegionCode;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import id.simonev.platform.validation.PlausibleDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/skm-rankings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SKM rankings", description = "Service units ranked by IKM, each with the units it cannot be told "
        + "apart from.")
public class SkmRankingResource {

    private final SkmResultService service;
    private final Caller caller;

    SkmRankingResource(SkmResultService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Units of an agency or a region ranked by IKM over a period",
            description = "One entry per unit and instrument version, from the responses dated from `from` to `to`. "
                    + "Only units in your regions: a region outside them ranks nothing.")
    @APIResponse(responseCode = "200", description = "The ranking")
    public SkmRanking ranking(
            @QueryParam("agency")
            @Parameter(description = "Code of the agency whose units to rank; give agency, region or both")
            String agency,
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
            @Parameter(description = "Kemendagri code whose units to rank, a province with its kabupaten/kota; "
                    + "give agency, region or both")
            String region,
            @QueryParam("from") @NotNull @PlausibleDate @Parameter(description = "First day, yyyy-mm-dd")
            LocalDate from,
            @QueryParam("to") @NotNull @PlausibleDate @Parameter(description = "Last day, included; not before from")
            LocalDate to) {
        return service.ranking(agency, region, from, to, caller);
    }
}
