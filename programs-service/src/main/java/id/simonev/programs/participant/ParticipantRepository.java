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

    /** All participants of a program, by NIP. */
    Map<String, Participant> byNip(UUID programId) {
        Map<String, Participant> byNip = new HashMap<>();
        list("programId", programId).forEach(participant -> byNip.put(participant.nip, participant));
        return byNip;
    }

    /** Reads every participant of a program into the session, so that finding each afterwards needs no query. */
    void preload(UUID programId) {
        list("programId", programId);
    }

    /** Every attendance mark of a program. */
    List<AttendanceSheet.Mark> attendance(UUID programId) {
        return getSession().createNativeQuery(
                        "select nip, session_number, present from attendance where program_id = ?1",
                        AttendanceSheet.Mark.class)
                .setParameter(1, programId).getResultList();
    }

    /** The attendance marks of one participant. */
    List<AttendanceSheet.Mark> attendance(UUID programId, String nip) {
        return getSession().createNativeQuery(
                        "select nip, session_number, present from attendance where program_id = ?1 and nip = ?2",
                        AttendanceSheet.Mark.class)
                .setParameter(1, programId).setParameter(2, nip).getResultList();
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
}
