package id.simonev.reporting.summary;

import id.simonev.inbox.RegisterReplica;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.Display;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

@ApplicationScoped
public class RegionSummaryService {

    private static final List<String> SOURCES = List.of("programs-service", "surveys-service", "performance-service");

    /** The region itself and, for a province, its kabupaten/kota. */
    private static final String IN_REGION = "(region_code = ?1 or region_code like ?1 || '.%')";

    private final EntityManager entityManager;
    private final RegisterReplica register;

    RegionSummaryService(EntityManager entityManager, RegisterReplica register) {
        this.entityManager = entityManager;
        this.register = register;
    }

    @Transactional
    public RegionSummary summarise(String regionCode, Caller caller) {
        String name = register.regionName(regionCode)
                .orElseThrow(() -> ProblemException.notFound("Region", regionCode));
        caller.requireRegion(regionCode);
        Map<String, Instant> latestBySource = latestEventBySource();
        List<RegionSummary.ServiceUnitIkm> units = serviceUnits(regionCode);
        return new RegionSummary(regionCode, name, programs(regionCode),
                units.stream().mapToLong(RegionSummary.ServiceUnitIkm::responses).sum(),
                units, indicators(regionCode), currentAsOf(latestBySource), latestBySource);
    }

    private long programs(String regionCode) {
        return ((Number) entityManager.createNativeQuery("select count(*) from program_summary where " + IN_REGION)
                .setParameter(1, regionCode).getSingleResult()).longValue();
    }

    /** A row of {@code unit_ikm}: a unit's responses and the running sum of each element's scores. */
    private record UnitSums(String serviceUnitCode, String regionCode, long responses, long u1, long u2, long u3,
                            long u4, long u5, long u6, long u7, long u8, long u9) {
        Ikm ikm() {
            return Ikm.of(responses, new long[] {u1, u2, u3, u4, u5, u6, u7, u8, u9});
        }
    }

    /** A row of {@code indicator_capaian}: an indicator's latest realisation. */
    private record LatestCapaian(String agencyCode, String indicatorCode, String regionCode, String period,
                                 BigDecimal target, BigDecimal realisation, String direction, BigDecimal capaian) {
    }

    private List<RegionSummary.ServiceUnitIkm> serviceUnits(String regionCode) {
        List<UnitSums> rows = entityManager.unwrap(Session.class).createNativeQuery("""
                        select service_unit_code, region_code, responses,
                               sum_u1, sum_u2, sum_u3, sum_u4, sum_u5, sum_u6, sum_u7, sum_u8, sum_u9
                        from unit_ikm where %s order by service_unit_code""".formatted(IN_REGION), UnitSums.class)
                .setParameter(1, regionCode).getResultList();
        return rows.stream().map(row -> {
            Ikm ikm = row.ikm();
            Map<String, BigDecimal> nrr = new LinkedHashMap<>();
            ikm.nrr().forEach((element, value) -> nrr.put(element, Display.twoDecimals(value)));
            return new RegionSummary.ServiceUnitIkm(row.serviceUnitCode(), row.regionCode(), ikm.responses(), nrr,
                    Display.twoDecimals(ikm.index()), ikm.mutu(), ikm.mutu().kinerja());
        }).toList();
    }

    private List<RegionSummary.IndicatorCapaian> indicators(String regionCode) {
        List<LatestCapaian> rows = entityManager.unwrap(Session.class).createNativeQuery("""
                        select agency_code, indicator_code, region_code, period, target, realisation, direction, capaian
                        from indicator_capaian where %s order by agency_code, indicator_code""".formatted(IN_REGION),
                        LatestCapaian.class)
                .setParameter(1, regionCode).getResultList();
        return rows.stream().map(row -> new RegionSummary.IndicatorCapaian(row.agencyCode(), row.indicatorCode(),
                row.regionCode(), row.period(), row.target().stripTrailingZeros(),
                row.realisation().stripTrailingZeros(), row.direction(), Display.twoDecimals(row.capaian()))).toList();
    }

    /** The time of the latest event applied from each producer, read before the data it describes. */
    private Map<String, Instant> latestEventBySource() {
        Map<String, Instant> latest = new LinkedHashMap<>();
        for (String source : SOURCES) {
            Object time = entityManager.createNativeQuery(
                            "select max(occurred_at) from processed_event where source = ?1")
                    .setParameter(1, source).getSingleResult();
            latest.put(source, time instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) time);
        }
        return latest;
    }

    /** The earliest of the producers' latest events: the answer holds every producer's events up to about then. */
    private static Instant currentAsOf(Map<String, Instant> latestBySource) {
        return latestBySource.values().stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
