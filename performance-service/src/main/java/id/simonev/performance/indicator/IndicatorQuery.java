package id.simonev.performance.indicator;

import id.simonev.platform.region.RegionCode;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the indicator list; each one left out does not filter. */
public class IndicatorQuery {

    @QueryParam("agency")
    @Parameter(description = "Code of the agency")
    String agency;

    @QueryParam("region")
    @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
    @Parameter(description = "Kemendagri code; a province includes its kabupaten/kota")
    String region;

    @QueryParam("active")
    @Parameter(description = "true: in use; false: retired")
    Boolean active;
}
