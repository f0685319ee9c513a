package id.simonev.performance.indicator;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A target: one value, or a range from lower to upper. Never 0: capaian would be undefined")
public record NewTarget(
        @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(example = "7") BigDecimal value,
        @DecimalMin("0") @Digits(integer = 15, fraction = 6) BigDecimal lower,
        @DecimalMin("0") @Digits(integer = 15, fraction = 6) BigDecimal upper) {
}
