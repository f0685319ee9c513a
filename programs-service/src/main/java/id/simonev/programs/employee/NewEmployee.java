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
        EmploymentStatus status,
        @Schema(description = POSITION_TYPE)
        PositionType positionType,
        @Size(max = 20)
        @Schema(description = RANK, example = "III/a")
        String rank,
        @ValidNip
        @Schema(description = SUPERVISOR, example = "196711101992031001")
        String supervisorNip) {

    static final String POSITION_TYPE = "Jenis jabatan; none when not recorded";
    static final String RANK = "Golongan, as offices write it: I/a to IV/e for a PNS, I to XVII for a PPPK (iii/A is "
            + "read as III/a); none when not recorded";
    static final String SUPERVISOR = "NIP of the atasan langsung (direct supervisor), an active employee of the "
            + "register other than this one; none when not recorded";

    public NewEmployee {
        nip = Nip.canonical(nip);
        rank = EmploymentStatus.canonicalRank(rank);
        supervisorNip = Nip.canonical(supervisorNip);
    }
}
