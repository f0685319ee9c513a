package id.simonev.programs.region;

import id.simonev.platform.region.RegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A province or kabupaten/kota to register; its level and province follow from the code")
public record NewRegion(
        @NotBlank @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
        @Schema(example = "73.71")
        String code,
        @NotBlank @Size(max = 200)
        @Schema(example = "Kota Makassar")
        String name) {

    /** The province of a kabupaten/kota; null for a province. */
    String parentCode() {
        return RegionCode.isProvince(code) ? null : code.substring(0, 2);
    }
}
