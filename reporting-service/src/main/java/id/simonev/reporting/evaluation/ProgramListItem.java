package id.simonev.reporting.evaluation;

import id.simonev.reporting.rule.NormalizedGain;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One program of a region's list with its headline figures, a lookup of its evaluation's read model. */
@Schema(description = "A program of the region with its headline figures")
public record ProgramListItem(
        @Schema(description = "The program's id") UUID programId,
        @Schema(description = "The program's code", example = "PEL-2026-001") String code,
        @Schema(description = "The program's title") String title,
        @Schema(description = "The program's region (kode wilayah)", example = "73.71") String regionCode,
        @Schema(description = "The organising agency's code; null for programs planned before the register",
                example = "BKPSDM-MKS") String organisingAgencyCode,
        @Schema(description = "How it is delivered", example = "TRAINING") String format,
        @Schema(description = "The kind of competency it develops", example = "TEKNIS") String competencyType,
        @Schema(description = "First day") LocalDate startDate,
        @Schema(description = "Last day") LocalDate endDate,
        @Schema(description = "Where the program is in its life", example = "COMPLETED") String status,
        @Schema(description = "Participants taking part: enrolled and not withdrawn", example = "24")
        long participants,
        @Schema(description = "Share of those who finished that completed, in %, 2 decimals, by the rule "
                + ProgramEvaluationService.COMPLETION_RULE) ProgramEvaluation.DecimalFigure completionRatePercent,
        @Schema(description = "Mean normalized gain of the participants with both scores, by the rule "
                + NormalizedGain.RULE) ProgramEvaluation.DecimalFigure meanGain,
        @Schema(description = "The participants' overall rating of the delivery") ReactionOverall reaction,
        @Schema(description = "Level 4: each expected outcome's difference in differences with the default windows, "
                + "computed again within about a second of an event that changes it; empty without outcomes")
        List<ResultsLevel.Headline> results,
        @Schema(description = "Time of the latest event these figures include") Instant asOf) {

    /** The delivery's overall mean, shown only from 3 respondents. */
    @Schema(description = "The delivery's overall mean (1-5), shown only from 3 respondents")
    public record ReactionOverall(
            @Schema(description = "How many answered the delivery's questionnaire", example = "24")
            long respondents,
            @Schema(description = "Mean of the shown items' exact means, 2 decimals; null when fewer than 3 "
                    + "answered", example = "4.12") BigDecimal overall) {
    }
}
