package id.simonev.programs.participant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Pre-test and post-test scores (0-100); one left out keeps its recorded value")
public record TestScores(
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "40") BigDecimal preTest,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "70")
        BigDecimal postTest) {
}
