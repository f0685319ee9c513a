package id.simonev.performance.appraisal;

import id.simonev.performance.predicate.Rating;
import id.simonev.performance.realisation.Period;
import id.simonev.platform.nip.ValidNip;
import id.simonev.platform.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An employee's appraisal for a period (PermenPANRB 6/2022)")
public record NewAppraisal(
        @NotNull @ValidNip
        @Schema(description = "The employee appraised, an active employee of the register", example = "198503152010011002")
        String nip,
        @NotNull @Pattern(regexp = Period.PATTERN, message = AppraisalPeriod.DESCRIPTION)
        @Schema(description = "A month (2026-03), a quarter (2026-Q1) or a year (2026); not in the future",
                example = "2026-Q1")
        String period,
        @NotNull
        @Schema(description = "Hasil kerja: the work results against expectations")
        Rating hasilKerja,
        @NotNull
        @Schema(description = "Perilaku kerja: behaviour (the seven BerAKHLAK values) against expectations")
        Rating perilakuKerja,
        @ValidNip
        @Schema(description = "The appraiser; the employee's direct supervisor (atasan langsung) in the register "
                + "when left out", example = "197501012000031001")
        String appraiserNip,
        @PastOrPresent @PlausibleDate
        @Schema(description = "The day of the appraisal; today when left out")
        LocalDate appraisedOn) {
}
