package id.simonev.programs.program;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.nip.ValidNip;
import id.simonev.platform.validation.OptionalText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trainer (pengajar) of a session: a widyaiswara, an official or an outside speaker, whom the
 * participants of the session rate. The NIP identifies a civil servant who teaches in several
 * programs; it names no employee of the register, since a trainer may belong to another region
 * or to a national institute (docs/domain.md, Development programs).
 */
@Schema(description = "A trainer (pengajar) of the session")
public record Trainer(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name with academic titles (gelar), as the certificate prints it",
                example = "Dr. Andi Rahman, M.Si.")
        String name,
        @ValidNip
        @Schema(description = "The trainer's NIP when a civil servant: 18 digits, or grouped as 19671110 199203 1 001; "
                + "kept as the 18 digits. It identifies the trainer across programs and need not be in the "
                + "register, nor in the program's region. Null for a speaker who is not a civil servant",
                example = "197503122000031002")
        String nip,
        @Size(max = 200)
        @Schema(description = "Where the trainer comes from; null when not given",
                example = "BPSDM Provinsi Sulawesi Selatan")
        String institution) {

    public Trainer {
        name = name == null ? null : name.strip();
        nip = Nip.canonical(nip);
        institution = OptionalText.stripped(institution);
    }
}
