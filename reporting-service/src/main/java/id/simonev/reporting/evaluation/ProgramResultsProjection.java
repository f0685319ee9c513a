package id.simonev.reporting.evaluation;

import id.simonev.inbox.EventHandlers;
import id.simonev.platform.event.EventEnvelope;
import id.simonev.reporting.ingest.Projection;
import id.simonev.reporting.rule.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps what level 4 of a program's evaluation reads (DOMAIN "Evaluating a program"): the outcomes
 * each program's latest plan declared; every indicator with its capaian per period (the latest event
 * of a period wins, so a correction replaces the value it corrects); every service unit's SKM points
 * per month and weighting ({@link id.simonev.reporting.rule.SkmPoints}). Every update is a single
 * upsert, in any order of arrival.
 *
 * <p>An event that may change a program's level 4 marks the program's headline stale: its plan or a
 * participant of its own, and a realisation, an indicator or an SKM response of its region (a
 * province's program covers its kab/kota) or of one of its outcomes. {@link ProgramResultsRefresher}
 * computes the headline again shortly after.
 */
@ApplicationScoped
class ProgramResultsProjection implements Projection {

    private final EntityManager entityManager;

    ProgramResultsProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record ProgramPlan(@NotNull UUID programId, List<@Valid @NotNull Outcome> expectedOutcomes) {
    }

    record Outcome(String indicatorCode, String agencyCode, String serviceUnitCode, String expectedChange) {
    }

    record Enrolled(@NotNull UUID programId) {
    }

    record IndicatorDefined(@NotBlank String code, @NotBlank String name, @NotBlank String agencyCode,
                            @NotBlank String regionCode, String unit, String direction,
                            @NotBlank @Pattern(regexp = "MONTH|QUARTER|SEMESTER|YEAR") String periodType) {
    }

    record RealisationRecorded(@NotBlank String indicatorCode, @NotBlank String agencyCode,
                               @NotBlank String regionCode, @NotBlank String period, @NotNull BigDecimal capaian) {
    }

    record ResponseSubmitted(@NotBlank String serviceUnitCode, @NotBlank String regionCode,
                             @NotNull LocalDate surveyDate, @NotNull @Positive Long indexPoints,
                             @NotNull @Positive Long indexDenominator) {
    }

    @Override
    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on("ProgramScheduled", ProgramPlan.class, this::planned)
                .on("ProgramUpdated", ProgramPlan.class, this::planned)
                .on("ParticipantEnrolled", Enrolled.class, (Enrolled data) -> staleProgram(data.programId()))
                .on("IndicatorDefined", IndicatorDefined.class, this::indicatorDefined)
                .on("IndicatorUpdated", IndicatorDefined.class, this::indicatorDefined)
                .on("RealisationRecorded", RealisationRecorded.class, this::realised)
                .on("RealisationCorrected", RealisationRecorded.class, this::realised)
                .on("SurveyResponseSubmitted", ResponseSubmitted.class, this::responded)
                .build();
    }

    /**
     * The outcomes of the plan, unless those kept come from a newer one. A plan with outcomes marks the headline
     * stale; one without has none to compute, and clears any an earlier plan had.
     */
    void planned(ProgramPlan plan, EventEnvelope event) {
        List<Outcome> outcomes = Objects.requireNonNullElse(plan.expectedOutcomes(), List.of());
        int taken = entityManager.createNativeQuery("""
                        insert into program_evaluation (program_id, outcomes, outcomes_at, results_stale)
                        values (?1, ?2, ?3, ?2 > 0)
                        on conflict (program_id) do update set outcomes = excluded.outcomes,
                            outcomes_at = excluded.outcomes_at, results_stale = excluded.results_stale,
                            results_headline = case when excluded.results_stale
                                then program_evaluation.results_headline end,
                            results_as_of = case when excluded.results_stale then program_evaluation.results_as_of end
                        where program_evaluation.outcomes_at is null
                            or excluded.outcomes_at >= program_evaluation.outcomes_at""")
                .setParameter(1, plan.programId())
                .setParameter(2, outcomes.size())
                .setParameter(3, event.occurredAt())
                .executeUpdate();
        if (taken == 0) {
            return;
        }
        entityManager.createNativeQuery("delete from program_outcome where program_id = ?1")
                .setParameter(1, plan.programId()).executeUpdate();
        for (int position = 0; position < outcomes.size(); position++) {
            Outcome outcome = outcomes.get(position);
            entityManager.createNativeQuery("""
                            insert into program_outcome (program_id, position, agency_code, indicator_code,
                                service_unit_code, expected_change)
                            values (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, plan.programId())
                    .setParameter(2, position)
                    .setParameter(3, outcome.agencyCode())
                    .setParameter(4, outcome.indicatorCode())
                    .setParameter(5, outcome.serviceUnitCode())
                    .setParameter(6, outcome.expectedChange())
                    .executeUpdate();
        }
    }

    void indicatorDefined(IndicatorDefined indicator, EventEnvelope event) {
        entityManager.createNativeQuery("""
                        insert into indicator (agency_code, indicator_code, region_code, period_type, name, unit,
                            direction, defined_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (agency_code, indicator_code) do update set region_code = excluded.region_code,
                            period_type = excluded.period_type, name = excluded.name, unit = excluded.unit,
                            direction = excluded.direction, defined_at = excluded.defined_at
                        where indicator.defined_at is null or excluded.defined_at >= indicator.defined_at""")
                .setParameter(1, indicator.agencyCode())
                .setParameter(2, indicator.code())
                .setParameter(3, indicator.regionCode())
                .setParameter(4, indicator.periodType())
                .setParameter(5, indicator.name())
                .setParameter(6, indicator.unit())
                .setParameter(7, indicator.direction())
                .setParameter(8, event.occurredAt())
                .executeUpdate();
        staleRegion(indicator.regionCode());
        staleOutcomeAgency(indicator.agencyCode());
    }

    /**
     * The period's capaian, unless a later event of the same period is kept. A realisation of an indicator
     * not defined yet names it with what it carries: its period type is its period's.
     */
    void realised(RealisationRecorded realisation, EventEnvelope event) {
        Period period = Period.parse(realisation.period()).orElseThrow(() -> new IllegalArgumentException(
                "A realisation's period is a year, semester, quarter or month, not " + realisation.period()));
        entityManager.createNativeQuery("""
                        insert into indicator (agency_code, indicator_code, region_code, period_type)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, realisation.agencyCode())
                .setParameter(2, realisation.indicatorCode())
                .setParameter(3, realisation.regionCode())
                .setParameter(4, period.type().name())
                .executeUpdate();
        entityManager.createNativeQuery("""
                        insert into indicator_period (agency_code, indicator_code, period, capaian, occurred_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (agency_code, indicator_code, period) do update set capaian = excluded.capaian,
                            occurred_at = excluded.occurred_at
                        where excluded.occurred_at >= indicator_period.occurred_at""")
                .setParameter(1, realisation.agencyCode())
                .setParameter(2, realisation.indicatorCode())
                .setParameter(3, period.code())
                .setParameter(4, realisation.capaian())
                .setParameter(5, event.occurredAt())
                .executeUpdate();
        staleRegion(realisation.regionCode());
        staleOutcomeAgency(realisation.agencyCode());
    }

    void responded(ResponseSubmitted response, EventEnvelope event) {
        entityManager.createNativeQuery("""
                        insert into unit_skm_month (service_unit_code, month, index_denominator, responses,
                            points_sum, as_of)
                        values (?1, date_trunc('month', cast(?2 as date)), ?3, 1, ?4, ?5)
                        on conflict (service_unit_code, month, index_denominator) do update set
                            responses = unit_skm_month.responses + 1,
                            points_sum = unit_skm_month.points_sum + excluded.points_sum,
                            as_of = greatest(unit_skm_month.as_of, excluded.as_of)""")
                .setParameter(1, response.serviceUnitCode())
                .setParameter(2, response.surveyDate())
                .setParameter(3, response.indexDenominator())
                .setParameter(4, response.indexPoints())
                .setParameter(5, event.occurredAt())
                .executeUpdate();
        staleRegion(response.regionCode());
        entityManager.createNativeQuery("""
                        update program_evaluation set results_stale = true
                        where not results_stale and program_id in (
                            select program_id from program_outcome where service_unit_code = ?1)""")
                .setParameter(1, response.serviceUnitCode()).executeUpdate();
    }

    private void staleProgram(UUID programId) {
        entityManager.createNativeQuery("""
                        update program_evaluation set results_stale = true
                        where program_id = ?1 and outcomes > 0 and not results_stale""")
                .setParameter(1, programId).executeUpdate();
    }

    /** The programs of the region and of its province: theirs is the comparison group a change in it moves. */
    private void staleRegion(String regionCode) {
        entityManager.createNativeQuery("""
                        update program_evaluation set results_stale = true
                        where outcomes > 0 and not results_stale
                            and region_code in (?1, split_part(?1, '.', 1))""")
                .setParameter(1, regionCode).executeUpdate();
    }

    private void staleOutcomeAgency(String agencyCode) {
        entityManager.createNativeQuery("""
                        update program_evaluation set results_stale = true
                        where not results_stale and program_id in (
                            select program_id from program_outcome where agency_code = ?1)""")
                .setParameter(1, agencyCode).executeUpdate();
    }
}
