package id.simonev.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.platform.event.EventEnvelope;
import id.simonev.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * This service's copy of the register that programs-service owns (regions, agencies, service
 * units), kept from its events, so that a reference can be checked without calling programs-service.
 * Registered and Updated events carry the whole state, so each is a plain upsert.
 */
@ApplicationScoped
public class RegisterReplica {

    private static final List<String> TYPES = List.of("RegionRegistered", "RegionUpdated", "AgencyRegistered",
            "AgencyUpdated", "ServiceUnitRegistered", "ServiceUnitUpdated");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    RegisterReplica(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    record RegionData(String code, String name, String parentCode) {
    }

    record AgencyData(String code, String name, String regionCode, Boolean active) {
    }

    record ServiceUnitData(String code, String name, String agencyCode, String regionCode, Integer yearlyServiceUsers,
                           Boolean active) {
    }

    /** An active agency as the register knows it. */
    public record KnownAgency(String code, String regionCode) {
    }

    /** An active service unit as the register knows it. */
    public record KnownServiceUnit(String code, String agencyCode, String regionCode) {
    }

    /** Whether {@code event} is one this replica keeps. */
    public static boolean handles(EventEnvelope event) {
        return TYPES.contains(event.type());
    }

    public void apply(EventEnvelope event) {
        if (event.type().startsWith("Region")) {
            RegionData region = event.dataAs(RegionData.class, objectMapper);
            require(region.code() != null && region.name() != null, region);
            upsert("""
                    insert into region (code, name, parent_code) values (?1, ?2, ?3)
                    on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code""",
                    region.code(), region.name(), region.parentCode());
        } else if (event.type().startsWith("Agency")) {
            AgencyData agency = event.dataAs(AgencyData.class, objectMapper);
            require(agency.code() != null && agency.name() != null && agency.regionCode() != null
                    && agency.active() != null, agency);
            upsert("""
                    insert into agency (code, name, region_code, active) values (?1, ?2, ?3, ?4)
                    on conflict (code) do update set name = excluded.name, region_code = excluded.region_code,
                        active = excluded.active""",
                    agency.code(), agency.name(), agency.regionCode(), agency.active());
        } else {
            ServiceUnitData unit = event.dataAs(ServiceUnitData.class, objectMapper);
            require(unit.code() != null && unit.name() != null && unit.agencyCode() != null
                    && unit.regionCode() != null && unit.active() != null, unit);
            upsert("""
                    insert into service_unit (code, name, agency_code, region_code, yearly_service_users, active)
                    values (?1, ?2, ?3, ?4, ?5, ?6)
                    on conflict (code) do update set name = excluded.name, agency_code = excluded.agency_code,
                        region_code = excluded.region_code, yearly_service_users = excluded.yearly_service_users,
                        active = excluded.active""",
                    unit.code(), unit.name(), unit.agencyCode(), unit.regionCode(), unit.yearlyServiceUsers(),
                    unit.active());
        }
    }

    public Optional<String> regionName(String code) {
        return entityManager.createNativeQuery("select name from region where code = ?1", String.class)
                .setParameter(1, code)
                .getResultStream().findFirst();
    }

    /** The active agency {@code field} names; a 422 problem when the register has none. */
    public KnownAgency requireActiveAgency(String field, String code) {
        return firstRow("select code, region_code from agency where code = ?1 and active", code)
                .map(row -> new KnownAgency((String) row[0], (String) row[1]))
                .orElseThrow(() -> ProblemException.unknownReference(field,
                        "agency " + code + " is not in the register or no longer active"));
    }

    /** The active service unit {@code field} names; a 422 problem when the register has none. */
    public KnownServiceUnit requireActiveServiceUnit(String field, String code) {
        return firstRow("select code, agency_code, region_code from service_unit where code = ?1 and active", code)
                .map(row -> new KnownServiceUnit((String) row[0], (String) row[1], (String) row[2]))
                .orElseThrow(() -> ProblemException.unknownReference(field,
                        "service unit " + code + " is not in the register or no longer active"));
    }

    @SuppressWarnings("unchecked")
    private Optional<Object[]> firstRow(String sql, String code) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, code).getResultList();
        return rows.stream().findFirst();
    }

    private void upsert(String sql, Object... values) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }

    private static void require(boolean complete, Object data) {
        if (!complete) {
            throw new IllegalArgumentException("required fields are missing from " + data);
        }
    }
}
