package id.simonev.performance.indicator;

import id.simonev.performance.capaian.Aggregation;
import id.simonev.performance.capaian.Direction;
import id.simonev.platform.validation.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A key indicator (IKU) of an agency, and optionally of one of its service units")
public record NewIndicator(
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "Unique within the agency", example = "IKU-WAKTU-RESPON-ADUAN")
        String code,
        @NotBlank @Size(max = 300)
        @Schema(example = "Waktu respon pengaduan")
        String name,
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "An active agency of the register in your regions", example = "DISHUB-MKS")
        String agencyCode,
        @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "An active service unit of the agency", example = "UPT-PENGADUAN-DISHUB-MKS")
        String serviceUnitCode,
        @NotNull MeasureUnit unit,
        @NotNull Direction direction,
        @NotNull PeriodType periodType,
        @NotNull @Schema(description = "How its periods combine over a year") Aggregation aggregation,
        @Schema(description = "For a PERCENT: whether values may exceed 100; no when left out")
        Boolean allowsAboveHundred) {
}
