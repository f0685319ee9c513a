package id.simonev.programs.program;

import id.simonev.platform.region.RegionCode;
import id.simonev.platform.validation.Codes;
import id.simonev.platform.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program's plan, as an office drafts it and later changes it. */
@Schema(description = "The plan of a program")
public record ProgramPlan(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(example = "PKP-MKS-2026-01")
        String code,
        @NotBlank @Size(max = 300)
        @Schema(example = "Pelatihan Pelayanan Prima")
        String title,
        @Size(max = 4000)
        String description,
        @NotBlank @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
        @Schema(example = "73.71")
        String regionCode,
        @NotNull
        ProgramFormat format,
        @NotNull
        CompetencyType competencyType,
        @NotBlank @Size(max = 40)
        @Schema(description = "Code of the agency that runs the program", example = "DISHUB-MKS")
        String organisingAgencyCode,
        @Size(max = 200)
        @Schema(description = "Codes of the agencies whose employees the program is for")
        List<@NotBlank @Size(max = 40) String> targetAgencyCodes,
        @NotNull @PlausibleDate
        LocalDate startDate,
        @NotNull @PlausibleDate
        LocalDate endDate,
        @NotEmpty @Size(max = 366) @Valid
        @Schema(description = "The meetings, each on a day between the start and end date")
        List<SessionPlan> sessions,
        @NotNull @Min(1) @Max(10_000)
        @Schema(description = "How many participants it takes", example = "30")
        Integer capacity,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(description = "Post-test score (0-100) needed to complete", example = "70")
        BigDecimal passingScore,
        @NotNull @Min(0) @Max(1_000_000_000_000L)
        @Schema(description = "Planned budget (anggaran) in rupiah", example = "45000000")
        Long plannedBudget,
        @Size(max = 50) @Valid
        @Schema(description = "The indicators and service units the program is meant to improve: its evaluation "
                + "design, fixed once the program runs")
        List<OutcomePlan> expectedOutcomes,
        @Min(1) @Max(90)
        @Schema(description = "Days each single-use evaluation link (of a participant, an alumnus or a rater) stays "
                + "valid after it is issued; " + DEFAULT_EVALUATION_LINK_VALID_DAYS + " when left out",
                example = "14")
        Integer evaluationLinkValidDays,
        @Min(1) @Max(24)
        @Schema(description = "Months after the program's end date when the post-training (360) evaluation of its "
                + "alumni is issued; " + DEFAULT_POST_TRAINING_LAG_MONTHS + " when left out",
                example = "3")
        Integer postTrainingLagMonths) {

    /** How long an evaluation link stays valid unless the plan says otherwise. */
    static final int DEFAULT_EVALUATION_LINK_VALID_DAYS = 14;
    /** How long after its end a program's alumni are evaluated unless the plan says otherwise. */
    static final int DEFAULT_POST_TRAINING_LAG_MONTHS = 3;

    int evaluationLinkValidDaysOrDefault() {
        return evaluationLinkValidDays == null ? DEFAULT_EVALUATION_LINK_VALID_DAYS : evaluationLinkValidDays;
    }

    int postTrainingLagMonthsOrDefault() {
        return postTrainingLagMonths == null ? DEFAULT_POST_TRAINING_LAG_MONTHS : postTrainingLagMonths;
    }

    /** One meeting: its day, the JP it is worth and who teaches it. */
    public record SessionPlan(
            @NotNull @PlausibleDate LocalDate date,
            @NotNull @Min(1) @Max(16) @Schema(description = "Jam pelajaran (45 minutes each)", example = "8")
            Integer jp,
            @Size(max = 10)
            @Schema(description = "Who teaches the session (at most 10), each NIP at most once; none when left out")
            List<@NotNull @Valid Trainer> trainers) {

        List<Trainer> trainersOrNone() {
            return trainers == null ? List.of() : trainers;
        }
    }

    /**
     * Either an indicator of an agency ({@code indicatorCode} and {@code agencyCode}) or a service
     * unit ({@code serviceUnitCode}, whose IKM is meant to change).
     */
    public record OutcomePlan(
            @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
            @Schema(example = "IKU-RESPON-ADUAN") String indicatorCode,
            @Size(max = 40) @Schema(example = "DISHUB-MKS") String agencyCode,
            @Size(max = 40) @Schema(example = "PKM-BATUA") String serviceUnitCode,
            @NotNull ExpectedChange expectedChange) {

        ExpectedOutcome outcome() {
            return new ExpectedOutcome(indicatorCode, agencyCode, serviceUnitCode, expectedChange);
        }
    }
}
