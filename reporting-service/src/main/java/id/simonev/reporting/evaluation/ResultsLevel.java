package id.simonev.reporting.evaluation;

import id.simonev.reporting.evaluation.ProgramEvaluation.DecimalFigure;
import id.simonev.reporting.rule.DifferenceInDifferences;
import id.simonev.reporting.rule.PeriodType;
import id.simonev.reporting.rule.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Level 4 of a program's evaluation: each expected outcome before and after, against its comparison group. */
@Schema(description = "Level 4, results: for each expected outcome the program declared, the indicator's capaian "
        + "or the service unit's IKM in the windows before and after the program, against the comparison group, "
        + "with the difference in differences (the change where the program ran minus the change where it did not)")
public record ResultsLevel(
        @Schema(description = "Rule id of the windows, windows:n-periods-v1") String windowsRule,
        @Schema(description = "The windows asked for") WindowSettings windows,
        @Schema(description = "The time of the latest event included (plan, realisation, SKM response); null "
                + "when none is") Instant asOf,
        @Schema(description = "One entry per expected outcome, in the plan's order; empty when it declared none")
        List<OutcomeResult> outcomes) {

    @Schema(description = "How the windows are taken: N periods before the period of the program's start, N after "
            + "the period of its end and the lag")
    public record WindowSettings(
            @Schema(description = "Periods in each window", example = "2") int periods,
            @Schema(description = "Periods skipped after the period containing the program's end", example = "0")
            int lagPeriods,
            @Schema(description = "The period type of IKM windows (an indicator's are its own)", example = "QUARTER")
            PeriodType ikmPeriodType) {
    }

    @Schema(description = "One expected outcome: an agency's indicator (kind INDICATOR, in capaian points) or a "
            + "service unit's IKM (kind IKM, in index points)")
    public record OutcomeResult(
            @Schema(description = "INDICATOR or IKM") String kind,
            @Schema(description = "The indicator's agency, or the unit's") String agencyCode,
            @Schema(description = "The indicator's code; null for an IKM outcome") String indicatorCode,
            @Schema(description = "The service unit's code; null for an indicator") String serviceUnitCode,
            @Schema(description = "The indicator's or the unit's name, where reporting knows it") String name,
            @Schema(description = "INCREASE or DECREASE, as the plan declared it (of the indicator's own value)")
            String expectedChange,
            @Schema(description = "Rule id of the values: capaian:v1 (the window mean of the periods' capaian) or "
                    + "ikm:permenpanrb-14-2017 (from the responses dated in the window)") String valueRule,
            @Schema(description = "Rule id of the difference: did:capaian-v1 or did:ikm-v1") String rule,
            @Schema(description = "The period type of the windows; null when the indicator is unknown")
            PeriodType periodType,
            @Schema(description = "The window before the program") WindowFigures before,
            @Schema(description = "The window after the program") WindowFigures after,
            @Schema(description = "The outcome itself") Side treated,
            @Schema(description = "Who it is compared with") ComparisonGroup comparisonGroup,
            @Schema(description = "The comparison group's values") Side comparison,
            @Schema(description = "(treated after - before) - (comparison after - before), from the values as "
                    + "shown; or \"not enough data\" and why") DecimalFigure differenceInDifferences) {
    }

    @Schema(description = "A window: its periods, oldest first, and its days")
    public record WindowFigures(
            @Schema(description = "Period codes", example = "[\"2024-Q4\", \"2025-Q1\"]") List<String> periods,
            LocalDate from,
            LocalDate to) {

        static WindowFigures of(Window window) {
            return window == null ? null : new WindowFigures(window.codes(), window.start(), window.end());
        }
    }

    @Schema(description = "Who the comparison group is")
    public record ComparisonGroup(
            @Schema(description = "How it is chosen") String description,
            @Schema(description = "Its agencies: those of the program's region (a province's covers its kab/kota) "
                    + "with no participant in the program") List<String> agencies,
            @Schema(description = "How many indicators or units it has", example = "4") int size) {
    }

    @Schema(description = "One side: its members' window values, the side's mean before and after, the change")
    public record Side(
            @Schema(description = "How many members it has") int size,
            List<Member> members,
            @Schema(description = "Mean of the members' values before, 2 decimals") DecimalFigure before,
            @Schema(description = "Mean of the members' values after, 2 decimals") DecimalFigure after,
            @Schema(description = "after - before, as shown") DecimalFigure change,
            @Schema(description = "Members with no value before, left out of that window") List<String> leftOutBefore,
            @Schema(description = "Members with no value after, left out of that window") List<String> leftOutAfter) {

        static Side of(DifferenceInDifferences.Side side) {
            return new Side(side.size(), side.members().stream()
                    .map(member -> new Member(member.name(), DecimalFigure.of(member.before()),
                            DecimalFigure.of(member.after())))
                    .toList(), DecimalFigure.of(side.before()), DecimalFigure.of(side.after()),
                    DecimalFigure.of(side.change()), side.leftOutBefore(), side.leftOutAfter());
        }
    }

    @Schema(description = "An indicator (AGENCY/CODE) or a unit (its code) with its value in each window")
    public record Member(String name, DecimalFigure before, DecimalFigure after) {
    }

    /** One outcome's difference in differences as the program list shows it. */
    @Schema(description = "One expected outcome's difference in differences with the default windows")
    public record Headline(
            @Schema(description = "INDICATOR or IKM") String kind,
            @Schema(description = "AGENCY/CODE of an indicator, the code of a unit", example = "DINKES-MKS/IKU-01")
            String outcome,
            @Schema(description = "Rule id, did:capaian-v1 or did:ikm-v1") String rule,
            @Schema(description = "In capaian or index points, 2 decimals; or \"not enough data\" and why")
            DecimalFigure differenceInDifferences) {

        static Headline of(OutcomeResult result) {
            return new Headline(result.kind(), result.indicatorCode() == null ? result.serviceUnitCode()
                    : result.agencyCode() + "/" + result.indicatorCode(), result.rule(),
                    result.differenceInDifferences());
        }
    }
}
