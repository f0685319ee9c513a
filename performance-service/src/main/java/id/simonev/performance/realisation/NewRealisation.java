package id.simonev.performance.realisation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The realisation of an indicator for one of its periods, which has a target")
public record NewRealisation(
        @NotBlank @Pattern(regexp = Period.PATTERN, message = Period.DESCRIPTION)
        @Schema(example = "2026-Q2")
        String period,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 6)
        @Schema(example = "6.5")
        BigDecimal value,
        @Size(max = 2000)
        @Schema(description = "Where the figure comes from (a report, a register, a document number); optional. "
                + "No personal data", example = "Rekap aplikasi pengaduan triwulan II")
        String evidence) {
}
