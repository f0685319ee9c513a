package id.simonev.reporting.evaluation;

import id.simonev.reporting.rule.Figure;
import id.simonev.reporting.rule.Interval;
import id.simonev.reporting.rule.Rating;
import id.simonev.reporting.rule.RatingBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/v1/programs/{programId}/evaluation}. */
@Schema(description = "The evaluation of a program, kept up to date from events: level 1 (reaction), level 2 "
        + "(learning), level 3 (behaviour), level 4 (results) and level 5 (worth).")
public record ProgramEvaluation(
        UUID programId,
        String code,
        String title,
        @Schema(description = "Kemendagri code of the program's region") String regionCode,
        @Schema(description = "The organising agency; null for programs planned before the register existed")
        String organisingAgencyCode,
        @Schema(description = "ProgramFormat, e.g. TRAINING") String format,
        @Schema(description = "TEKNIS, MANAJERIAL or SOSIAL_KULTURAL") String competencyType,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "DRAFT, SCHEDULED, RUNNING, COMPLETED or CANCELLED, as the latest event says")
        String status,
        @Schema(description = "Jam pelajaran of all sessions") int jp,
        @Schema(description = "The time of the latest plan or status event in this headline") Instant asOf,
        ReactionLevel reaction,
        LearningLevel learning,
        @Schema(description = "Level 3, behaviour") BehaviourLevel behaviour,
        @Schema(description = "Level 4, results") ResultsLevel results,
        WorthLevel worth) {

    @Schema(description = "Level 1, reaction: the participants' answers to the REACTION questionnaire, the "
            + "delivery and each trainer, with the response rate; figures only from 3 respondents, counts always")
    public record ReactionLevel(
            @Schema(description = "Rule id, rating:mean-top2-band-0.8-v1") String rule,
            @Schema(description = "The time of the latest reaction event included; null before the first")
            Instant asOf,
            @Schema(description = "Reaction links issued minus those replaced: the current links") long linksIssued,
            @Schema(description = "Participants who answered: the delivery's respondents") long answered,
            @Schema(description = "answered / linksIssued x 100, 2 decimals") DecimalFigure responseRatePercent,
            @Schema(description = "The fewest respondents a figure is shown from", example = "3")
            int anonymityThreshold,
            @Schema(description = "The delivery (penyelenggaraan), items D1-D8") SectionRating delivery,
            @Schema(description = "Each trainer rated (pengajar), items T1-T14, by name")
            List<TrainerRating> trainers) {
    }

    @Schema(description = "One trainer's result")
    public record TrainerRating(
            @Schema(description = "The trainer's id in programs-service") UUID trainerId,
            @Schema(description = "The trainer's name as the latest answer about them gave it") String name,
            SectionRating rating) {
    }

    @Schema(description = "A questionnaire section's result: counts always, figures from 3 respondents up")
    public record SectionRating(
            @Schema(description = "How many answered the section", example = "24") long respondents,
            @Schema(description = "Whether the figures are shown: at least 3 respondents") boolean shown,
            @Schema(description = "Each item answered, by code") List<ItemFigures> items,
            @Schema(description = "Mean of the shown items' exact means, 2 decimals; null when not shown",
                    example = "4.12") BigDecimal overall,
            @Schema(description = "Band of the overall as shown: Sangat Baik, Baik, Cukup, Kurang Baik, Tidak Baik",
                    example = "Baik") String band) {

        static SectionRating of(Rating rating) {
            return new SectionRating(rating.respondents(), rating.shown(), rating.items().stream()
                    .map(item -> new ItemFigures(item.code(), item.n(), item.mean(), item.topTwoBox(),
                            label(item.band())))
                    .toList(), rating.overall(), label(rating.band()));
        }

        private static String label(RatingBand band) {
            return band == null ? null : band.label();
        }
    }

    @Schema(description = "One item's result; the figures are null when fewer than 3 answered it or the section")
    public record ItemFigures(
            @Schema(example = "D1") String code,
            @Schema(description = "How many answered the item", example = "4") long n,
            @Schema(description = "Mean answer, 2 decimals", example = "3.75") BigDecimal mean,
            @Schema(description = "Share of answers 4 or 5, in %, 2 decimals", example = "75.00") BigDecimal topTwoBox,
            @Schema(description = "Band of the mean as shown: Sangat Baik, Baik, Cukup, Kurang Baik, Tidak Baik",
                    example = "Baik") String band) {
    }

    @Schema(description = "Level 2, learning: the pre- and post-tests of the participants with both scores, "
            + "completion and withdrawals")
    public record LearningLevel(
            @Schema(description = "The time of the latest participant event included; null before the first")
            Instant asOf,
            @Schema(description = "Participants with both a pre-test and a post-test score")
            long participantsWithBothScores,
            @Schema(description = "Mean pre-test score over those with both, 2 decimals") DecimalFigure meanPreTest,
            @Schema(description = "Mean post-test score over the same participants, 2 decimals")
            DecimalFigure meanPostTest,
            PairedDifferenceFigures pairedDifference,
            GainFigures normalizedGain,
            LeftOut leftOut,
            Completion completion,
            Withdrawals withdrawals) {
    }

    @Schema(description = "The mean paired difference (post - pre) with its 95% interval")
    public record PairedDifferenceFigures(
            @Schema(description = "Rule id, e.g. paired-difference:t95-v1") String rule,
            @Schema(description = "Participants with both scores") long n,
            @Schema(description = "Mean difference, 2 decimals") DecimalFigure mean,
            @Schema(description = "Sample standard deviation of the differences, 2 decimals; none below 2")
            DecimalFigure standardDeviation,
            @Schema(description = "mean ± t(0.975, n-1) x sd / sqrt(n), ends to 2 decimals; none below 2")
            IntervalFigure interval95) {
    }

    @Schema(description = "The normalized gain g = (post - pre) / (100 - pre) of the participants with both scores")
    public record GainFigures(
            @Schema(description = "Rule id, e.g. gain:hake-v1") String rule,
            @Schema(description = "Mean of the defined g, 2 decimals") DecimalFigure mean,
            @Schema(description = "Participants with g above 0.7") long high,
            @Schema(description = "Participants with g from 0.3 to 0.7") long medium,
            @Schema(description = "Participants with g below 0.3") long low) {
    }

    @Schema(description = "Participants left out of the figures, by why")
    public record LeftOut(
            @Schema(description = "With both scores but a pre-test of 100: in the paired difference, out of the "
                    + "mean gain") long preTestOf100,
            @Schema(description = "With a pre-test score only: out of every figure") long preTestOnly,
            @Schema(description = "With a post-test score only: out of every figure") long postTestOnly) {
    }

    @Schema(description = "How the program ended for its participants")
    public record Completion(
            @Schema(description = "Rule id of the completion programs-service decided, "
                    + "completion:attendance-80-and-passing-score") String rule,
            @Schema(description = "completed / (completed + notCompleted) x 100, 2 decimals; withdrawn "
                    + "participants are not in it") DecimalFigure ratePercent,
            @Schema(description = "Participants who enrolled") long enrolled,
            @Schema(description = "Enrolled and not withdrawn") long takingPart,
            long completed,
            long notCompleted,
            @Schema(description = "Participants who did not complete, per shortfall (one may have several)")
            Map<String, Long> shortfalls) {
    }

    @Schema(description = "Participants who withdrew, per reason")
    public record Withdrawals(long withdrawn, Map<String, Long> byReason) {
    }

    @Schema(description = "Level 5, worth: the realised cost, per head, and ROI and BCR from the office's benefit "
            + "estimate")
    public record WorthLevel(
            @Schema(description = "The time of the latest expense, benefit estimate or participant event included; "
                    + "null before the first") Instant asOf,
            @Schema(description = "Realised cost: the sum of the expense lines, rupiah") long cost,
            CostPerHead costPerHead,
            ReturnFigures returnOnInvestment) {
    }

    @Schema(description = "The realised cost per head, whole rupiah, half up")
    public record CostPerHead(
            @Schema(description = "Rule id, e.g. cost-per-head:v1") String rule,
            @Schema(description = "Taking part: enrolled and not withdrawn") long participants,
            long completed,
            @Schema(description = "JP credited to those who completed, together") long jpCredited,
            RupiahFigure perParticipant,
            RupiahFigure perCompletedParticipant,
            RupiahFigure perJpCredited) {
    }

    @Schema(description = "ROI % = (benefits - cost) / cost x 100 and BCR = benefits / cost, 2 decimals, from the "
            + "current benefit estimate")
    public record ReturnFigures(
            @Schema(description = "Rule id, e.g. roi:v1") String rule,
            @Schema(description = "The office's current estimate; null when it has entered none")
            BenefitEstimate benefitEstimate,
            DecimalFigure roiPercent,
            DecimalFigure benefitCostRatio) {
    }

    @Schema(description = "The office's estimate of the program's benefits (the latest replaces the ones before)")
    public record BenefitEstimate(
            @Schema(description = "Rupiah") long amount,
            @Schema(description = "How the amount was estimated") String method,
            @Schema(description = "Who entered it") String estimatedBy,
            Instant estimatedAt) {
    }

    @Schema(description = "A figure, or the reason there is none: exactly one of the two is set")
    public record DecimalFigure(BigDecimal value, String reason) {

        static DecimalFigure of(Figure<BigDecimal> figure) {
            return new DecimalFigure(figure.value(), figure.reason());
        }
    }

    @Schema(description = "An amount in whole rupiah, or the reason there is none: exactly one of the two is set")
    public record RupiahFigure(Long value, String reason) {

        static RupiahFigure of(Figure<Long> figure) {
            return new RupiahFigure(figure.value(), figure.reason());
        }
    }

    @Schema(description = "A 95% interval, or the reason there is none: either both ends or the reason")
    public record IntervalFigure(BigDecimal lower, BigDecimal upper, String reason) {

        static IntervalFigure of(Figure<Interval> figure) {
            return figure.present() ? new IntervalFigure(figure.value().lower(), figure.value().upper(), null)
                    : new IntervalFigure(null, null, figure.reason());
        }
    }
}
