package id.simonev.programs.serviceunit;

import id.simonev.platform.validation.Codes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A service unit (unit layanan) to register")
public record NewServiceUnit(
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(example = "PKM-BATUA-MKS")
        String code,
        @NotBlank @Size(max = 300)
        @Schema(example = "Puskesmas Batua")
        String name,
        @NotBlank @Size(max = 60)
        @Schema(example = "DINKES-MKS")
        String agencyCode,
        @Min(1) @Max(100_000_000)
        @Schema(description = "People served in a year, when known", example = "12000")
        Integer yearlyServiceUsers) {
}
