package id.simonev.surveys.campaign;

import id.simonev.platform.validation.Codes;
import id.simonev.platform.validation.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A survey campaign of one service unit for a period; it starts as a DRAFT")
public record NewCampaign(
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "An active unit of the register in your regions", example = "PKM-BATUA-MKS")
        String serviceUnitCode,
        @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "The instrument; the built-in SKM when left out", example = "SKM")
        String instrumentCode,
        @Min(1) @Max(10_000)
        @Schema(description = "A published version of the instrument; the latest published when left out")
        Integer instrumentVersion,
        @Size(max = 200)
        @Schema(description = "A title; made from the unit and the period when left out",
                example = "SKM Puskesmas Batua triwulan I 2026")
        String title,
        @NotNull @PlausibleDate
        @Schema(example = "2026-01-01")
        LocalDate startDate,
        @NotNull @PlausibleDate
        @Schema(example = "2026-03-31")
        LocalDate endDate,
        @Positive @Max(100_000_000)
        @Schema(description = "The unit's yearly number of service users (N); the register's figure when left out",
                example = "12000")
        Integer yearlyServiceUsers) {
}
