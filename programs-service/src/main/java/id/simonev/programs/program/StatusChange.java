package id.simonev.programs.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The state a program moves to, and why (required when cancelling)")
public record StatusChange(@NotNull ProgramStatus status, @Size(max = 1000) String reason) {
}
