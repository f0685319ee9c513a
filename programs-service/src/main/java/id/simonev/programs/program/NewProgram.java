package id.simonev.programs.program;

import id.simonev.platform.region.RegionCode;
import id.simonev.platform.validation.Codes;
import id.simonev.platform.validation.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A program to schedule")
public record NewProgram(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(example = "PKP-MKS-2026-01")
        String code,
        @NotBlank @Size(max = 300)
        @Schema(example = "Pelatihan Kepemimpinan Pengawas")
        String title,
        @NotBlank @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
        @Schema(example = "73.71")
        String regionCode,
        @NotNull
        ProgramFormat format,
        @NotNull @PlausibleDate
        LocalDate startDate,
        @NotNull @PlausibleDate
        LocalDate endDate,
        @NotNull @Min(1) @Max(2000)
        @Schema(description = "Jam pelajaran (1 JP = 45 minutes)", example = "40")
        Integer jp) {
}
