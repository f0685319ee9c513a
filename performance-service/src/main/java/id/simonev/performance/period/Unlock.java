package id.simonev.performance.period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a locked period is opened again")
public record Unlock(@NotBlank @Size(max = 2000) @Schema(example = "Realisasi Maret salah input") String reason) {
}
