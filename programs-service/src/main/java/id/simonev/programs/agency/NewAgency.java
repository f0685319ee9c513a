package id.simonev.programs.agency;

import id.simonev.platform.region.RegionCode;
import id.simonev.platform.validation.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agency (instansi / OPD) to register")
public record NewAgency(
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(example = "DINKES-MKS")
        String code,
        @NotBlank @Size(max = 300)
        @Schema(example = "Dinas Kesehatan Kota Makassar")
        String name,
        @NotBlank @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
        @Schema(example = "73.71")
        String regionCode) {
}
