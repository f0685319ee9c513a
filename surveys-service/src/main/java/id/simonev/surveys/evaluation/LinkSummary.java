package id.simonev.surveys.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a program's questionnaires are being answered, per role; never by whom what. */
@Schema(description = "The response rate of a program's questionnaires per role")
public record LinkSummary(
        UUID programId,
        String programCode,
        @Schema(description = "When the post-training 360 is due: the program's lag after its end")
        LocalDate postTrainingDue,
        boolean postTrainingIssued,
        List<RoleCount> roles,
        @Schema(description = "Alumni without a supervisor link: the register names no supervisor and the office "
                + "has not assigned one")
        List<Person> withoutSupervisor) {

    /** The links of one questionnaire and role. */
    public record RoleCount(
            Questionnaire questionnaire,
            RaterRole role,
            @Schema(description = "Links issued, not counting those replaced") long issued,
            long answered,
            @Schema(description = "Unused and still valid") long open,
            @Schema(description = "Unused and expired") long expired,
            @Schema(description = "answered / issued, in %, 2 decimals", example = "62.50") BigDecimal responseRate) {
    }

    public record Person(String nip, String name) {
    }
}
