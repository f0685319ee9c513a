package id.simonev.programs.program;

import id.simonev.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    public boolean codeTaken(String code, UUID except) {
        return count("code = ?1 and id <> ?2", code, except) > 0;
    }

    public Program require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Program", id));
    }

    /** The program, locked until the transaction ends, so that enrolments and status changes queue up. */
    public Program requireLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Program", id));
    }

    void recordStatusChange(Program program, ProgramStatus from, String reason, String by, Instant at) {
        getEntityManager().createNativeQuery("""
                        insert into program_status_change (program_id, changed_at, from_status, to_status, reason,
                            changed_by) values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, program.id).setParameter(2, at).setParameter(3, from == null ? null : from.name())
                .setParameter(4, program.status.name()).setParameter(5, reason).setParameter(6, by)
                .executeUpdate();
    }

    List<ProgramView.StatusChangeView> history(UUID programId) {
        return rows("""
                        select changed_at, from_status, to_status, reason, changed_by from program_status_change
                        where program_id = ?1 order by changed_at""", programId).stream()
                .map(row -> new ProgramView.StatusChangeView(row.get("changed_at", Instant.class),
                        status(row.get("from_status", String.class)), status(row.get("to_status", String.class)),
                        row.get("reason", String.class), row.get("changed_by", String.class)))
                .toList();
    }

    ProgramView.Participation participation(UUID programId) {
        return ProgramView.Participation.of(
                counts("select status as key, count(*) as n from participant where program_id = ?1 group by status",
                        programId),
                counts("""
                        select withdrawal_reason as key, count(*) as n from participant
                        where program_id = ?1 and status = 'WITHDRAWN' group by withdrawal_reason""", programId));
    }

    long realisedBudget(UUID programId) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select coalesce(sum(amount), 0) from program_expense where program_id = ?1")
                .setParameter(1, programId).getSingleResult()).longValue();
    }

    /** The highest session number with attendance recorded; 0 when there is none. */
    int lastAttendedSession(UUID programId) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select coalesce(max(session_number), 0) from attendance where program_id = ?1")
                .setParameter(1, programId).getSingleResult()).intValue();
    }

    /** The regions of the active service units among {@code codes}, by code. */
    Map<String, String> activeServiceUnitRegions(List<String> codes) {
        Map<String, String> regions = new HashMap<>();
        if (!codes.isEmpty()) {
            rows("select code, region_code from service_unit where active and code = any(?1)",
                    (Object) codes.toArray(String[]::new))
                    .forEach(row -> regions.put(row.get("code", String.class), row.get("region_code", String.class)));
        }
        return regions;
    }

    /** The counts ({@code n}) of a grouped query by its {@code key}, in key order. */
    private Map<String, Long> counts(String sql, Object... parameters) {
        Map<String, Long> counts = new TreeMap<>();
        rows(sql, parameters).forEach(row -> counts.put(row.get("key", String.class), row.get("n", Long.class)));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, Object... parameters) {
        Query query = getEntityManager().createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static ProgramStatus status(String name) {
        return name == null ? null : ProgramStatus.valueOf(name);
    }
}
