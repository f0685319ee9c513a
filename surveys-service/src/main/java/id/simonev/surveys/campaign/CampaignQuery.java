package id.simonev.surveys.campaign;

import id.simonev.platform.region.RegionCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the campaign list; each one left out does not filter. */
public class CampaignQuery {

    @QueryParam("serviceUnit")
    @Parameter(description = "Code of the service unit")
    String serviceUnit;

    @QueryParam("agency")
    @Parameter(description = "Code of the unit's agency")
    String agency;

    @QueryParam("region")
    @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
    @Parameter(description = "Kemendagri code; a province includes its kabupaten/kota")
    String region;

    @QueryParam("status")
    CampaignStatus status;

    @QueryParam("year")
    @Min(2000)
    @Max(2100)
    @Parameter(description = "Year the campaign starts in")
    Integer year;
}
