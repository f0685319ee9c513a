package id.simonev.performance.indicator;

import id.simonev.performance.capaian.Aggregation;
import id.simonev.performance.capaian.Direction;
import id.simonev.platform.validation.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator as it is to be: its code and agency stay. Once it has realisations its unit, "
        + "direction and period type stay too; once it has targets, its period type")
public record IndicatorChange(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "An active service unit of the agency; none when left out")
        String serviceUnitCode,
        @NotNull MeasureUnit unit,
        @NotNull Direction direction,
        @NotNull PeriodType periodType,
        @NotNull Aggregation aggregation,
        @Schema(description = "For a PERCENT: whether values may exceed 100; no when left out")
        Boolean allowsAboveHundred,
        @NotNull @Schema(description = "false retires it: it takes no more targets or realisations")
        Boolean active) {
}
