package id.simonev.programs.employee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What may change of an employee: name, position, status, and agency (a transfer); the NIP stays")
public record EmployeeChange(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 60) @Schema(description = "Another agency is a transfer") String agencyCode,
        @Size(max = 200) @Schema(description = "Jabatan") String position,
        @NotNull EmploymentStatus status) {
}
