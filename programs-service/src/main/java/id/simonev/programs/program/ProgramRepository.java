package id.simonev.programs.program;

import id.simonev.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
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

    @SuppressWarnings("unchecked")
    List<ProgramView.StatusChangeView> history(UUID programId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select changed_at, from_status, to_status, reason, changed_by from program_status_change
                        where program_id = ?1 order by changed_at""")
                .setParameter(1, programId).getResultList();
        return rows.stream().map(row -> new ProgramView.StatusChangeView(instant(row[0]),
                row[1] == null ? null : ProgramStatus.valueOf((String) row[1]), ProgramStatus.valueOf((String) row[2]),
                (String) row[3], (String) row[4])).toList();
    }

    @SuppressWarnings("unchecked")
    ProgramView.Participation participation(UUID programId) {
        Map<String, Long> counts = new HashMap<>();
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select status, count(*) from participant where program_id = ?1 group by status")
                .setParameter(1, programId).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        List<Object[]> reasons = getEntityManager().createNativeQuery("""
                        select withdrawal_reason, count(*) from participant
                        where program_id = ?1 and status = 'WITHDRAWN' group by withdrawal_reason""")
                .setParameter(1, programId).getResultList();
        Map<String, Long> withdrawals = new TreeMap<>();
        reasons.forEach(row -> withdrawals.put((String) row[0], ((Number) row[1]).longValue()));
        return new ProgramView.Participation(counts.getOrDefault("ENROLLED", 0L), counts.getOrDefault("WITHDRAWN", 0L),
                counts.getOrDefault("COMPLETED", 0L), counts.getOrDefault("NOT_COMPLETED", 0L), withdrawals);
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

    /** The active service units among {@code codes}. */
    @SuppressWarnings("unchecked")
    List<String> activeServiceUnits(List<String> codes) {
        return codes.isEmpty() ? List.of() : getEntityManager().createNativeQuery(
                        "select code from service_unit where active and code = any(?1)")
                .setParameter(1, codes.toArray(String[]::new)).getResultList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
