package id.simonev.programs.program;

import id.simonev.platform.validation.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An expense line of a program")
public record NewExpense(
        @NotNull ExpenseCategory category,
        @NotNull @Min(1) @Max(1_000_000_000_000L) @Schema(description = "Rupiah", example = "7500000") Long amount,
        @NotNull @PlausibleDate @Schema(description = "The day it was spent") LocalDate date,
        @Size(max = 1000) String note) {
}
