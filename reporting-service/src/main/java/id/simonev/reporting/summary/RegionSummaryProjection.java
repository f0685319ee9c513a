package id.simonev.reporting.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.platform.event.EventEnvelope;
import id.simonev.reporting.ingest.Projection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
    private final ObjectMapper objectMapper;

    RegionSummaryProjection(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    record ProgramScheduled(UUID programId, String code, String title, String regionCode, LocalDate startDate,
                            Integer jp) {
    }

    record SurveyResponseSubmitted(String serviceUnitCode, String regionCode, Map<String, Integer> answers) {
    }

    record RealisationRecorded(String indicatorCode, String agencyCode, String regionCode, String period,
                               LocalDate periodEnd, BigDecimal target, BigDecimal realisation, String direction,
                               BigDecimal capaian) {
    }

    @Override
    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case "ProgramScheduled", "ProgramUpdated" -> programScheduled(read(event, ProgramScheduled.class));
            case "SurveyResponseSubmitted" -> responseSubmitted(read(event, SurveyResponseSubmitted.class));
            case "RealisationRecorded" -> realisationRecorded(read(event, RealisationRecorded.class), event);
            default -> {
            }
        }
    }

    private void programScheduled(ProgramScheduled program) {
        require(program.programId() != null && program.regionCode() != null && program.code() != null
                && program.title() != null && program.startDate() != null && program.jp() != null, program);
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

    private void responseSubmitted(SurveyResponseSubmitted response) {
        require(response.serviceUnitCode() != null && response.regionCode() != null && response.answers() != null
                && Ikm.ELEMENTS.stream().map(response.answers()::get)
                        .allMatch(answer -> answer != null && answer >= 1 && answer <= 4), response);
        Query upsert = entityManager.createNativeQuery(UPSERT_UNIT)
                .setParameter(1, response.regionCode())
                .setParameter(2, response.serviceUnitCode());
        for (int i = 0; i < Ikm.ELEMENTS.size(); i++) {
            upsert.setParameter(i + 3, response.answers().get(Ikm.ELEMENTS.get(i)).longValue());
        }
        upsert.executeUpdate();
    }

    /** Keeps the realisation of the latest period; of two for the same period, the later one. */
    private void realisationRecorded(RealisationRecorded realisation, EventEnvelope event) {
        require(realisation.indicatorCode() != null && realisation.agencyCode() != null
                && realisation.regionCode() != null && realisation.period() != null
                && realisation.periodEnd() != null && realisation.target() != null
                && realisation.realisation() != null && realisation.direction() != null
                && realisation.capaian() != null, realisation);
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

    private <T> T read(EventEnvelope event, Class<T> type) {
        return event.dataAs(type, objectMapper);
    }

    private static void require(boolean complete, Object data) {
        if (!complete) {
            throw new IllegalArgumentException("required fields are missing or out of range in " + data);
        }
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
