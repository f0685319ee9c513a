package id.simonev.surveys.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who rates a participant in the post-training 360, and the links they have. */
@Schema(description = "A participant's raters in the post-training 360 and their current links")
public record PostTrainingRatersView(
        String participantNip,
        String participantName,
        @Schema(description = "The supervisor the office named; absent when the register's counts")
        String supervisorNip,
        @Schema(description = "The register's atasan langsung; absent when it names none") String registerSupervisorNip,
        List<String> peerNips,
        int openPeerLinks,
        @Schema(description = "When the 360's links are due: the program's lag after its end")
        LocalDate postTrainingDue,
        @Schema(description = "Whether the program's 360 links are out") boolean postTrainingIssued,
        @Schema(description = "The participant's current 360 links") List<EvaluationLinkView> links) {
}
