package id.simonev.surveys.evaluation;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.nip.ValidNip;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The raters an office names for one participant's post-training 360, beyond the register. */
@Schema(description = "Who rates a participant in the post-training 360, besides themselves")
public record PostTrainingRaters(
        @ValidNip
        @Schema(description = "The supervisor, where the register names none or the wrong one; left out, the "
                + "register's atasan langsung", example = "197203151998031002")
        String supervisorNip,
        @Size(max = 10)
        @Schema(description = "Colleagues (rekan kerja) by NIP, each getting a link of their own")
        List<@NotBlank @ValidNip String> peerNips,
        @Min(0) @Max(20)
        @Schema(description = "Open peer links to hand to colleagues the office chooses later", example = "2")
        Integer openPeerLinks) {

    public PostTrainingRaters {
        supervisorNip = Nip.canonical(supervisorNip);
        peerNips = peerNips == null ? List.of() : peerNips.stream().map(Nip::canonical).toList();
    }

    public int openPeerLinksOrNone() {
        return openPeerLinks == null ? 0 : openPeerLinks;
    }
}
