package id.simonev.programs.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, Participant.Key> {

    Optional<Participant> find(UUID programId, String nip) {
        return findByIdOptional(new Participant.Key(programId, nip));
    }

    /** Those who hold a place: enrolled and not withdrawn. */
    long holdingPlaces(UUID programId) {
        return count("programId = ?1 and status = ?2", programId, ParticipantStatus.ENROLLED);
    }

    /** All participants of a program, by NIP (and in the session, so that finding one needs no query). */
    Map<String, Participant> byNip(UUID programId) {
        Map<String, Participant> byNip = new HashMap<>();
        list("programId", programId).forEach(participant -> byNip.put(participant.nip, participant));
        return byNip;
    }

    /** Every attendance mark of a program: NIP, session number, present. */
    @SuppressWarnings("unchecked")
    List<Object[]> attendance(UUID programId) {
        return getEntityManager().createNativeQuery(
                        "select nip, session_number, present from attendance where program_id = ?1")
                .setParameter(1, programId).getResultList();
    }

    List<Participant> enrolled(UUID programId) {
        return list("programId = ?1 and status = ?2", programId, ParticipantStatus.ENROLLED);
    }

    /** Records presence at a session; false when it was already recorded so, and nothing changed. */
    boolean recordAttendance(UUID programId, String nip, int session, boolean present, Instant at) {
        return getEntityManager().createNativeQuery("""
                        insert into attendance (program_id, nip, session_number, present, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (program_id, nip, session_number)
                        do update set present = excluded.present, recorded_at = excluded.recorded_at
                        where attendance.present <> excluded.present""")
                .setParameter(1, programId).setParameter(2, nip).setParameter(3, session).setParameter(4, present)
                .setParameter(5, at).executeUpdate() == 1;
    }

    /** The JP each participant of a program attended, by NIP; those who attended nothing are absent. */
    @SuppressWarnings("unchecked")
    Map<String, Integer> attendedJp(UUID programId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select a.nip, sum(s.jp) from attendance a
                        join program_session s on s.program_id = a.program_id and s.number = a.session_number
                        where a.program_id = ?1 and a.present group by a.nip""")
                .setParameter(1, programId).getResultList();
        Map<String, Integer> attended = new HashMap<>();
        rows.forEach(row -> attended.put((String) row[0], ((Number) row[1]).intValue()));
        return attended;
    }

    /** The JP one participant attended. */
    int attendedJp(UUID programId, String nip) {
        return ((Number) getEntityManager().createNativeQuery("""
                        select coalesce(sum(s.jp), 0) from attendance a
                        join program_session s on s.program_id = a.program_id and s.number = a.session_number
                        where a.program_id = ?1 and a.nip = ?2 and a.present""")
                .setParameter(1, programId).setParameter(2, nip).getSingleResult()).intValue();
    }
}
