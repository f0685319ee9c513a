package id.simonev.performance.realisation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A correction of a realisation: the earlier value is kept with the reason")
public record Correction(
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 6)
        @Schema(example = "6.8")
        BigDecimal value,
        @Size(max = 2000)
        @Schema(description = "The evidence of the corrected value; the earlier note stays when left out")
        String evidence,
        @NotBlank @Size(max = 2000)
        @Schema(example = "Dua aduan tercatat ganda")
        String reason) {
}
