package id.simonev.programs.employee;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.nip.ValidNip;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What may change of an employee: name, position, status, agency (a transfer), jenis jabatan, "
        + "golongan and atasan langsung; the NIP stays. A field left out is none: send the whole new state")
public record EmployeeChange(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 60) @Schema(description = "Another agency is a transfer") String agencyCode,
        @Size(max = 200) @Schema(description = "Jabatan") String position,
        @NotNull EmploymentStatus status,
        @Schema(description = NewEmployee.POSITION_TYPE) PositionType positionType,
        @Size(max = 20) @Schema(description = NewEmployee.RANK, example = "III/a") String rank,
        @ValidNip @Schema(description = NewEmployee.SUPERVISOR, example = "196711101992031001") String supervisorNip) {

    public EmployeeChange {
        rank = EmploymentStatus.canonicalRank(rank);
        supervisorNip = Nip.canonical(supervisorNip);
    }

    /** The change as the entry of the employee {@code nip}, whose gender stays the NIP's. */
    NewEmployee of(String nip, Nip.Gender gender) {
        return new NewEmployee(nip, name, gender, agencyCode, position, status, positionType, rank, supervisorNip);
    }
}
