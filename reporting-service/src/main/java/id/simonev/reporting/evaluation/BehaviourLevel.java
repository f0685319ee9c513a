package id.simonev.reporting.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Level 3 of a program's evaluation, behaviour (do the alumni work differently?), from its two
 * sources: the post-training 360 ratings per rater role, and the appraisal predicates before and after
 * the program against colleagues who did not take part.
 */
@Schema(description = "Level 3, behaviour: the post-training 360 (the alumni, their supervisors and peers rate "
        + "items B1-B5 and I1-I6) and the appraisal predicates before and after the program, against a "
        + "comparison group of colleagues who did not take part")
public record BehaviourLevel(
        @Schema(description = "The post-training 360 ratings") PostTraining postTraining,
        @Schema(description = "The appraisals before and after, against the comparison group")
        Appraisals appraisals) {

    @Schema(description = "The post-training 360 (evaluasi pasca pelatihan), per rater role, with the self minus "
            + "supervisor gap; figures only from 3 respondents, counts always")
    public record PostTraining(
            @Schema(description = "Rule id, rating:mean-top2-band-0.8-v1") String rule,
            @Schema(description = "The time of the latest 360 event included; null before the first") Instant asOf,
            @Schema(description = "The fewest respondents a figure is shown from", example = "3")
            int anonymityThreshold,
            @Schema(description = "SELF (the alumni), SUPERVISOR (atasan langsung) and PEER (rekan kerja), in "
                    + "this order, each listed even before its first link") List<RoleRating> roles,
            @Schema(description = "SELF minus SUPERVISOR, from the figures as shown") Gap selfMinusSupervisor) {
    }

    @Schema(description = "One rater role's links, answers and rating")
    public record RoleRating(
            @Schema(description = "SELF, SUPERVISOR or PEER", example = "SUPERVISOR") String role,
            @Schema(description = "POST_TRAINING links of this role issued minus those replaced: the current links")
            long linksIssued,
            @Schema(description = "Raters of this role who answered") long answered,
            @Schema(description = "answered / linksIssued x 100, 2 decimals")
            ProgramEvaluation.DecimalFigure responseRatePercent,
            @Schema(description = "Items B1-B5 (perubahan perilaku) and I1-I6 (dampak pelatihan)")
            ProgramEvaluation.SectionRating rating) {
    }

    @Schema(description = "One role's shown means minus another's")
    public record Gap(
            @Schema(description = "Overall mean minus overall mean; the reason when either is not shown")
            ProgramEvaluation.DecimalFigure overall,
            @Schema(description = "Item by item, where both roles show the item") List<ItemGap> items) {
    }

    @Schema(description = "One item's gap")
    public record ItemGap(
            @Schema(description = "The item's code", example = "B3") String code,
            @Schema(description = "Mean minus mean, both as shown", example = "0.50") BigDecimal gap) {
    }

    @Schema(description = "The participants' appraisal predicates after the program against before it, beside the "
            + "same for the comparison group; the level-3 difference in differences is the difference of the "
            + "shares improved")
    public record Appraisals(
            @Schema(description = "Rule id of which appraisals are compared, appraisal-window:12-months-lag-v1")
            String windowRule,
            @Schema(description = "Rule id of the shift and its difference, appraisal-shift:v1") String shiftRule,
            @Schema(description = "Rule id of the predicates compared, predicate:permenpanrb-6-2022")
            String predicateRule,
            @Schema(description = "The time of the latest event of the appraisals compared; null when none is")
            Instant asOf,
            @Schema(description = "Months after the program's end before an appraisal's period may start to be "
                    + "the one after, from the program's plan (postTrainingLagMonths)", example = "3") int lagMonths,
            @Schema(description = "The earliest end of the period of an appraisal before: 12 months before the "
                    + "program's start; the latest is the start") LocalDate beforeEndsFrom,
            @Schema(description = "The earliest start of the period of an appraisal after: the program's end plus "
                    + "the lag") LocalDate afterStartsFrom,
            @Schema(description = "Enrolled and not withdrawn") Shift participants,
            @Schema(description = "Employees of the participants' agencies and position types who were not "
                    + "participants of this program") Shift comparison,
            @Schema(description = "Where the comparison group is drawn from") ComparisonGroup comparisonGroup,
            @Schema(description = "The participants' share improved minus the comparison group's, in percentage "
                    + "points, from the shares as shown: the level-3 difference in differences")
            ProgramEvaluation.DecimalFigure improvedShareDifference) {
    }

    @Schema(description = "How one group's predicates moved, over its employees with an appraisal both before and "
            + "after; the order is Sangat Kurang 1, Kurang 2, Butuh Perbaikan 3, Baik 4, Sangat Baik 5")
    public record Shift(
            @Schema(description = "Employees in the group") long employees,
            @Schema(description = "Of them, those with an appraisal both before and after the program")
            long withBothAppraisals,
            @Schema(description = "Whose predicate after is higher than before") long improved,
            @Schema(description = "Whose predicate stayed") long unchanged,
            @Schema(description = "Whose predicate after is lower than before") long worse,
            @Schema(description = "improved / withBothAppraisals x 100, 2 decimals")
            ProgramEvaluation.DecimalFigure improvedSharePercent,
            @Schema(description = "unchanged / withBothAppraisals x 100, 2 decimals")
            ProgramEvaluation.DecimalFigure unchangedSharePercent,
            @Schema(description = "worse / withBothAppraisals x 100, 2 decimals")
            ProgramEvaluation.DecimalFigure worseSharePercent,
            @Schema(description = "Mean of (after - before) in steps of the order, 2 decimals")
            ProgramEvaluation.DecimalFigure meanChange) {
    }

    @Schema(description = "Who the participants are compared with")
    public record ComparisonGroup(
            @Schema(description = "The participants' agencies and position types (jenis jabatan), as the register "
                    + "has them: the comparison group is their other employees") List<AgencyPosition> drawnFrom,
            @Schema(description = "Participants the register knows no agency and position type of: in the "
                    + "participants' figures, but they bring no colleague into the comparison group")
            long participantsWithoutPositionType) {
    }

    @Schema(description = "An agency and a position type")
    public record AgencyPosition(
            @Schema(description = "The agency's code in the register", example = "DINKES-MKS") String agencyCode,
            @Schema(description = "JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL", example = "FUNGSIONAL")
            String positionType) {
    }
}
