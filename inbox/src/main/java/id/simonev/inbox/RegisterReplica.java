package id.simonev.inbox;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * This service's copy of the register that programs-service owns (regions, agencies, service
 * units, employees), kept from its events, so that a reference can be checked without calling
 * programs-service. Registered and Updated events carry the whole state, so each is a plain upsert.
 */
@ApplicationScoped
public class RegisterReplica {

    private static final String SERVICE_UNIT_COLUMNS =
            "select code, name, agency_code, region_code, yearly_service_users from service_unit";
    private static final String EMPLOYEE_COLUMNS = "select nip, name, gender, agency_code, region_code, position, "
            + "status, position_type, rank, supervisor_nip, active from employee";

    private final EntityManager entityManager;
    private final EventHandlers handlers;

    RegisterReplica(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.handlers = EventHandlers.builder()
                .on("RegionRegistered", RegionData.class, this::upsertRegion)
                .on("RegionUpdated", RegionData.class, this::upsertRegion)
                .on("AgencyRegistered", AgencyData.class, this::upsertAgency)
                .on("AgencyUpdated", AgencyData.class, this::upsertAgency)
                .on("ServiceUnitRegistered", ServiceUnitData.class, this::upsertServiceUnit)
                .on("ServiceUnitUpdated", ServiceUnitData.class, this::upsertServiceUnit)
                .on("EmployeeRegistered", EmployeeData.class, this::upsertEmployee)
                .on("EmployeeUpdated", EmployeeData.class, this::upsertEmployee)
                .build();
    }

    record RegionData(@NotBlank String code, @NotBlank String name, String parentCode) {
    }

    record AgencyData(@NotBlank String code, @NotBlank String name, @NotBlank String regionCode,
                      @NotNull Boolean active) {
    }

    record ServiceUnitData(@NotBlank String code, @NotBlank String name, @NotBlank String agencyCode,
                           @NotBlank String regionCode, @PositiveOrZero Integer yearlyServiceUsers,
                           @NotNull Boolean active) {
    }

    /**
     * What an employee's events carry; one recorded before the register kept jenis jabatan, golongan
     * and supervisor has none of them.
     */
    record EmployeeData(@NotBlank String nip, @NotBlank String name, String gender, @NotBlank String agencyCode,
                        @NotBlank String regionCode, String position, String status, String positionType,
                        String rank, String supervisorNip, @NotNull Boolean active) {
    }

    /** An active agency as the register knows it. */
    public record KnownAgency(String code, String regionCode) {
    }

    /** A service unit as the register knows it. */
    public record KnownServiceUnit(String code, String name, String agencyCode, String regionCode,
                                   Integer yearlyServiceUsers) {
    }

    /**
     * An employee (ASN) as the register knows it, active or not.
     *
     * @param gender        {@code L} or {@code P}
     * @param status        {@code PNS} or {@code PPPK}
     * @param positionType  jenis jabatan ({@code JPT}, {@code ADMINISTRATOR}, {@code PENGAWAS}, {@code PELAKSANA},
     *                      {@code FUNGSIONAL}); null when the register was not told
     * @param rank          golongan, {@code I/a}..{@code IV/e} for a PNS, {@code I}..{@code XVII} for a PPPK;
     *                      null when the register was not told
     * @param supervisorNip the atasan langsung's NIP; null when the register was not told. The copy may not know
     *                      that employee yet: their events come on their own key
     */
    public record KnownEmployee(String nip, String name, String gender, String agencyCode, String regionCode,
                                String position, String status, String positionType, String rank,
                                String supervisorNip, boolean active) {
    }

    /** The register's events, each a plain upsert of the entry it carries whole. */
    public EventHandlers handlers() {
        return handlers;
    }

    private void upsertRegion(RegionData region) {
        upsert("""
                insert into region (code, name, parent_code) values (?1, ?2, ?3)
                on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code""",
                region.code(), region.name(), region.parentCode());
    }

    private void upsertAgency(AgencyData agency) {
        upsert("""
                insert into agency (code, name, region_code, active) values (?1, ?2, ?3, ?4)
                on conflict (code) do update set name = excluded.name, region_code = excluded.region_code,
                    active = excluded.active""",
                agency.code(), agency.name(), agency.regionCode(), agency.active());
    }

    private void upsertServiceUnit(ServiceUnitData unit) {
        upsert("""
                insert into service_unit (code, name, agency_code, region_code, yearly_service_users, active)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (code) do update set name = excluded.name, agency_code = excluded.agency_code,
                    region_code = excluded.region_code, yearly_service_users = excluded.yearly_service_users,
                    active = excluded.active""",
                unit.code(), unit.name(), unit.agencyCode(), unit.regionCode(), unit.yearlyServiceUsers(),
                unit.active());
    }

    private void upsertEmployee(EmployeeData employee) {
        upsert("""
                insert into employee (nip, name, gender, agency_code, region_code, position, status, position_type,
                    rank, supervisor_nip, active)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                on conflict (nip) do update set name = excluded.name, gender = excluded.gender,
                    agency_code = excluded.agency_code, region_code = excluded.region_code,
                    position = excluded.position, status = excluded.status, position_type = excluded.position_type,
                    rank = excluded.rank, supervisor_nip = excluded.supervisor_nip, active = excluded.active""",
                employee.nip(), employee.name(), employee.gender(), employee.agencyCode(), employee.regionCode(),
                employee.position(), employee.status(), employee.positionType(), employee.rank(),
                employee.supervisorNip(), employee.active());
    }

    public Optional<String> regionName(String code) {
        return entityManager.createNativeQuery("select name from region where code = ?1", String.class)
                .setParameter(1, code)
                .getResultStream().findFirst();
    }

    /** The agency of {@code code}, active or not: what it did stays reportable after it closed. */
    public Optional<KnownAgency> agency(String code) {
        return firstRow("select code, region_code from agency where code = ?1", code)
                .map(row -> new KnownAgency((String) row[0], (String) row[1]));
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
        return firstRow(SERVICE_UNIT_COLUMNS + " where code = ?1 and active", code)
                .map(RegisterReplica::serviceUnit)
                .orElseThrow(() -> ProblemException.unknownReference(field,
                        "service unit " + code + " is not in the register or no longer active"));
    }

    /**
     * The service unit of {@code code}, active or not: what a unit did stays reportable after it
     * was deactivated.
     */
    public Optional<KnownServiceUnit> serviceUnit(String code) {
        return firstRow(SERVICE_UNIT_COLUMNS + " where code = ?1", code).map(RegisterReplica::serviceUnit);
    }

    /**
     * The employee of {@code nip} (in either spelling of a NIP), active or not: what an employee did
     * stays reportable after they left the service.
     */
    public Optional<KnownEmployee> employee(String nip) {
        return firstRow(EMPLOYEE_COLUMNS + " where nip = ?1", Nip.canonical(nip)).map(RegisterReplica::employee);
    }

    /** The active employee {@code field} names by NIP; a 422 problem when the register has none. */
    public KnownEmployee requireActiveEmployee(String field, String nip) {
        return firstRow(EMPLOYEE_COLUMNS + " where nip = ?1 and active", Nip.canonical(nip))
                .map(RegisterReplica::employee)
                .orElseThrow(() -> ProblemException.unknownReference(field,
                        "employee " + nip + " is not in the register or no longer active"));
    }

    private static KnownEmployee employee(Object[] row) {
        return new KnownEmployee((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                (String) row[9], (Boolean) row[10]);
    }

    /** The service units among {@code codes} that the register knows, active or not. */
    @SuppressWarnings("unchecked")
    public List<KnownServiceUnit> serviceUnits(Collection<String> codes) {
        List<Object[]> rows = entityManager.createNativeQuery(SERVICE_UNIT_COLUMNS + " where code = any(?1)")
                .setParameter(1, codes.toArray(String[]::new)).getResultList();
        return rows.stream().map(RegisterReplica::serviceUnit).toList();
    }

    private static KnownServiceUnit serviceUnit(Object[] row) {
        return new KnownServiceUnit((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (Integer) row[4]);
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
}
