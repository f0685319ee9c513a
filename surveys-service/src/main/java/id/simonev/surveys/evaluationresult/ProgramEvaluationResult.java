package id.simonev.surveys.evaluationresult;

import id.simonev.surveys.evaluation.LinkSummary;
import id.simonev.surveys.evaluation.RaterRole;
import id.simonev.surveys.rating.Rating;
import id.simonev.surveys.rating.RatingGap;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a program's questionnaires say: the participants' reaction to its delivery and to each
 * trainer, and the post-training 360 per rater role with the gap between the alumni's own rating and
 * their supervisors'. A figure drawn from fewer than 3 respondents shows its count only.
 */
@Schema(description = "The results of a program's evaluation questionnaires")
public record ProgramEvaluationResult(
        UUID programId,
        String programCode,
        String programTitle,
        @Schema(description = "The fewest respondents a figure is shown for", example = "3") int anonymityThreshold,
        @Schema(description = "The rule the figures follow", example = "rating:mean-top2-band-0.8-v1") String rule,
        Reaction reaction,
        PostTraining postTraining) {

    /** Level 1: what the participants said at the end. */
    public record Reaction(
            @Schema(description = "Reaction links issued, answered, and the response rate")
            LinkSummary.RoleCount links,
            @Schema(description = "The delivery (penyelenggaraan), D1-D8") Section delivery,
            @Schema(description = "Each trainer of the program, T1-T14") List<TrainerSection> trainers,
            @Schema(description = "The suggestions written, in alphabetical order; only among 3 answers or more")
            List<String> suggestions) {
    }

    /** One instrument's section: the version rated on and the rating. */
    public record Section(String instrument, int instrumentVersion, Rating rating) {
    }

    public record TrainerSection(Trainer trainer, Section section) {
    }

    public record Trainer(UUID id, String name, String nip, String institution) {
    }

    /** Level 3's survey: how the alumni, their supervisors and peers rate the change. */
    public record PostTraining(
            @Schema(description = "The program's end plus its lag") LocalDate due,
            boolean issued,
            List<RoleSection> roles,
            @Schema(description = "The alumni's own ratings minus their supervisors', where both are shown")
            RatingGap selfMinusSupervisor,
            @Schema(description = "The suggestions written by all roles, in alphabetical order; only among 3 "
                    + "answers or more")
            List<String> suggestions) {
    }

    public record RoleSection(RaterRole role, LinkSummary.RoleCount links, Section section) {
    }
}
