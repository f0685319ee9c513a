package id.simonev.programs.serviceunit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What may change of a service unit (its code and agency stay)")
public record ServiceUnitChange(
        @NotBlank @Size(max = 300) String name,
        @Min(1) @Max(100_000_000) @Schema(description = "People served in a year, when known") Integer yearlyServiceUsers) {
}
