package id.simonev.programs.employee;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.nip.ValidNip;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A civil servant (ASN) to register")
public record NewEmployee(
        @NotBlank @ValidNip
        @Schema(description = "18 digits (birth date, appointment month, gender digit, sequence), or grouped as "
                + "19671110 199203 1 001", example = "196711101992031001")
        String nip,
        @NotBlank @Size(max = 200)
        @Schema(example = "Andi Baso")
        String name,
        @NotNull
        @Schema(description = "L or P; must agree with the NIP's gender digit")
        Nip.Gender gender,
        @NotBlank @Size(max = 60)
        @Schema(example = "DINKES-MKS")
        String agencyCode,
        @Size(max = 200)
        @Schema(description = "Jabatan", example = "Kepala Puskesmas")
        String position,
        @NotNull
        EmploymentStatus status) {

    public NewEmployee {
        nip = Nip.canonical(nip);
    }
}
