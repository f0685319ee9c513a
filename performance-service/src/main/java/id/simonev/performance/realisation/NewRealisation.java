package id.simonev.performance.realisation;

import id.simonev.performance.capaian.Direction;
import id.simonev.platform.validation.Codes;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The realisation of an agency's key indicator (IKU) for one period")
public record NewRealisation(
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(example = "IKU-WAKTU-RESPON-ADUAN")
        String indicatorCode,
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "An active agency of the register; the realisation belongs to its region",
                example = "DISHUB-MKS")
        String agencyCode,
        @NotBlank @Pattern(regexp = Period.PATTERN, message = Period.DESCRIPTION)
        @Schema(example = "2026-Q2")
        String period,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6)
        @Schema(example = "7")
        BigDecimal target,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 6)
        @Schema(example = "6.5")
        BigDecimal realisation,
        @NotNull
        Direction direction) {
}
