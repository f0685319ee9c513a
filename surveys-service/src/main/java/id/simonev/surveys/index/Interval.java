package id.simonev.surveys.index;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A 95% confidence interval, clamped to the figure's range")
public record Interval(@Schema(description = "Lower end") BigDecimal lower,
                       @Schema(description = "Upper end") BigDecimal upper) {

    Interval rounded(Rounding rounding) {
        return new Interval(rounding.apply(lower), rounding.apply(upper));
    }
}
