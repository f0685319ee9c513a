package id.simonev.programs.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The office's estimate of a program's benefits, as it enters it. */
@Schema(description = "The office's estimate of a program's benefits, in rupiah, and how it was estimated")
public record NewBenefitEstimate(
        @NotNull @Min(0) @Max(MAX_AMOUNT)
        @Schema(description = "Rupiah: the benefits the office credits the program with; its ROI and BCR are "
                + "computed against the realised cost", example = "180000000")
        Long amount,
        @NotBlank @Size(min = MIN_METHOD, max = MAX_METHOD)
        @Schema(description = "How it was estimated: what was counted, from which data, over which period "
                + "(10 to 4000 characters, blanks around it aside)",
                example = "Waktu respon aduan turun dari 6 ke 3 hari untuk 1.200 aduan setahun; 2 jam kerja staf "
                        + "dihemat per aduan x Rp 75.000 per jam")
        String method) {

    /** A thousand trillion rupiah: far above any program's worth, well inside a {@code bigint}. */
    static final long MAX_AMOUNT = 1_000_000_000_000_000L;
    /** Fewer characters cannot say how an amount was estimated. */
    static final int MIN_METHOD = 10;
    static final int MAX_METHOD = 4000;
}
