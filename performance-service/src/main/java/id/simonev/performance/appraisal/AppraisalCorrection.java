package id.simonev.performance.appraisal;

import id.simonev.performance.predicate.Rating;
import id.simonev.platform.nip.ValidNip;
import id.simonev.platform.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A correction of an appraisal: its ratings as they should be, and why; the earlier ones are kept")
public record AppraisalCorrection(
        @NotNull Rating hasilKerja,
        @NotNull Rating perilakuKerja,
        @ValidNip
        @Schema(description = "The appraiser; the one recorded when left out")
        String appraiserNip,
        @PastOrPresent @PlausibleDate
        @Schema(description = "The day of the appraisal; the one recorded when left out")
        LocalDate appraisedOn,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Why the appraisal changes", example = "Keberatan pegawai dikabulkan")
        String reason) {
}
