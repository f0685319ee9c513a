package id.simonev.reporting.summary;

import id.simonev.inbox.EventHandlers;
import id.simonev.platform.event.EventEnvelope;
import id.simonev.reporting.ingest.Projection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Keeps the region summary's read models: programs per region, running SKM answer sums per
 * service unit, and the latest realisation of each indicator. Every update is a single upsert,
 * so concurrent consumers cannot lose one another's increments.
 */
@ApplicationScoped
class RegionSummaryProjection implements Projection {

    private static final String UPSERT_UNIT = """
            insert into unit_ikm (region_code, service_unit_code, responses, %s)
            values (?1, ?2, 1, %s)
            on conflict (region_code, service_unit_code) do update set
                responses = unit_ikm.responses + 1, %s""".formatted(
            columns("sum_u%d"), columns("?%d", 2), columns("sum_u%1$d = unit_ikm.sum_u%1$d + excluded.sum_u%1$d"));

    private final EntityManager entityManager;

    RegionSummaryProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record ProgramScheduled(@NotNull UUID programId, @NotBlank String code, @NotBlank String title,
                            @NotBlank String regionCode, @NotNull LocalDate startDate, @NotNull @PositiveOrZero Integer jp) {
    }

    record SurveyResponseSubmitted(@NotBlank String serviceUnitCode, @NotBlank String regionCode,
                                   @NotNull Map<String, @NotNull @Min(1) @Max(4) Integer> answers) {

        @AssertTrue(message = "must answer every SKM element, U1 to U9")
        boolean isAnsweringEveryElement() {
            return answers == null || answers.keySet().containsAll(Ikm.ELEMENTS);
        }
    }

    record RealisationRecorded(@NotBlank String indicatorCode, @NotBlank String agencyCode,
                               @NotBlank String regionCode, @NotBlank String period, @NotNull LocalDate periodEnd,
                               @NotNull BigDecimal target, @NotNull BigDecimal realisation,
                               @NotBlank String direction, @NotNull BigDecimal capaian) {
    }

    @Override
    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on("ProgramScheduled", ProgramScheduled.class, this::programScheduled)
                .on("ProgramUpdated", ProgramScheduled.class, this::programScheduled)
                .on("SurveyResponseSubmitted", SurveyResponseSubmitted.class, this::responseSubmitted)
                .on("RealisationRecorded", RealisationRecorded.class, this::realisationRecorded)
                .build();
    }

    void programScheduled(ProgramScheduled program) {
        entityManager.createNativeQuery("""
                        insert into program_summary (program_id, region_code, code, title, start_date, jp)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (program_id) do update set region_code = excluded.region_code,
                            code = excluded.code, title = excluded.title, start_date = excluded.start_date,
                            jp = excluded.jp""")
                .setParameter(1, program.programId())
                .setParameter(2, program.regionCode())
                .setParameter(3, program.code())
                .setParameter(4, program.title())
                .setParameter(5, program.startDate())
                .setParameter(6, program.jp())
                .executeUpdate();
    }

    void responseSubmitted(SurveyResponseSubmitted response) {
        Query upsert = entityManager.createNativeQuery(UPSERT_UNIT)
                .setParameter(1, response.regionCode())
                .setParameter(2, response.serviceUnitCode());
        for (int i = 0; i < Ikm.ELEMENTS.size(); i++) {
            upsert.setParameter(i + 3, response.answers().get(Ikm.ELEMENTS.get(i)).longValue());
        }
        upsert.executeUpdate();
    }

    /** Keeps the realisation of the latest period; of two for the same period, the later one. */
    void realisationRecorded(RealisationRecorded realisation, EventEnvelope event) {
        entityManager.createNativeQuery("""
                        insert into indicator_capaian (agency_code, indicator_code, region_code, period, period_end,
                            target, realisation, direction, capaian, occurred_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (agency_code, indicator_code) do update set region_code = excluded.region_code,
                            period = excluded.period, period_end = excluded.period_end, target = excluded.target,
                            realisation = excluded.realisation, direction = excluded.direction,
                            capaian = excluded.capaian, occurred_at = excluded.occurred_at
                        where (excluded.period_end, excluded.occurred_at)
                            > (indicator_capaian.period_end, indicator_capaian.occurred_at)""")
                .setParameter(1, realisation.agencyCode())
                .setParameter(2, realisation.indicatorCode())
                .setParameter(3, realisation.regionCode())
                .setParameter(4, realisation.period())
                .setParameter(5, realisation.periodEnd())
                .setParameter(6, realisation.target())
                .setParameter(7, realisation.realisation())
                .setParameter(8, realisation.direction())
                .setParameter(9, realisation.capaian())
                .setParameter(10, event.occurredAt())
                .executeUpdate();
    }

    /** One comma-separated entry per SKM element, numbered from 1 plus {@code offset}. */
    private static String columns(String format, int offset) {
        return IntStream.rangeClosed(1, Ikm.ELEMENTS.size()).mapToObj(i -> format.formatted(i + offset))
                .collect(Collectors.joining(", "));
    }

    private static String columns(String format) {
        return columns(format, 0);
    }
}
