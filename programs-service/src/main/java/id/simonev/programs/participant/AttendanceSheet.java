package id.simonev.programs.participant;

import id.simonev.programs.program.Program;
import id.simonev.programs.program.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who was at which session of a program (all its participants, or the ones read into it), and so
 * the JP each attended: the one place that sum is made. Read once and kept up to date as
 * attendance is recorded, so that a file of hundreds of marks needs no query per mark.
 */
final class AttendanceSheet {

    private final Program program;
    /** Presence by NIP, then by session number. */
    private final Map<String, Map<Integer, Boolean>> marks = new HashMap<>();

    /** A participant's presence at a session, as recorded. */
    record Mark(String nip, int session, boolean present) {
    }

    AttendanceSheet(Program program, List<Mark> recorded) {
        this.program = program;
        recorded.forEach(mark -> mark(mark.nip(), mark.session(), mark.present()));
    }

    /** The mark as recorded before, or null when none was. */
    Boolean mark(String nip, int session, boolean present) {
        return marks.computeIfAbsent(nip, any -> new HashMap<>()).put(session, present);
    }

    int attendedJp(String nip) {
        return program.sessions.stream()
                .filter(session -> Boolean.TRUE.equals(marks.getOrDefault(nip, Map.of()).get(session.number())))
                .mapToInt(Session::jp).sum();
    }
}
