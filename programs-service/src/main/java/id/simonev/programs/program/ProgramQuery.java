package id.simonev.programs.program;

import id.simonev.platform.region.RegionCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the program list; each one left out does not filter. */
public class ProgramQuery {

    @QueryParam("region")
    @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
    @Parameter(description = "Kemendagri code; a province includes its kabupaten/kota")
    String region;

    @QueryParam("year")
    @Min(2000)
    @Max(2100)
    @Parameter(description = "Year the program starts in")
    Integer year;

    @QueryParam("format")
    ProgramFormat format;

    @QueryParam("competencyType")
    CompetencyType competencyType;

    @QueryParam("agency")
    @Parameter(description = "Code of the organising agency")
    String agency;

    @QueryParam("status")
    ProgramStatus status;

    String region() {
        return region;
    }

    Integer year() {
        return year;
    }

    ProgramFormat format() {
        return format;
    }

    CompetencyType competencyType() {
        return competencyType;
    }

    String agency() {
        return agency;
    }

    ProgramStatus status() {
        return status;
    }
}
