package id.simonev.programs.employee;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.programs.agency.Agency;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Atasan langsung: who supervises whom, as the register will stand once the entries being written
 * are (one from the API, every row of a file from an import). A supervisor is an active employee
 * of the register or another entry of the same file, in any row order; a link that would make an
 * employee their own supervisor, directly or through others, is refused.
 */
final class Supervision {

    static final String FIELD = "supervisorNip";

    /** The entries being written, by NIP: their links replace what the register holds. */
    private final Map<String, NewEmployee> entries;
    /** The entries that are registered, and every employee up the chains of supervisors they name. */
    private final Map<String, Employee> registered;
    /** The active agencies the entries name. */
    private final Map<String, Agency> active;

    private Supervision(Map<String, NewEmployee> entries, Map<String, Employee> registered,
                        Map<String, Agency> active) {
        this.entries = entries;
        this.registered = registered;
        this.active = active;
    }

    /**
     * @param registered the entries that the register holds, by NIP
     * @param lookup     looks up registered employees by NIP; called for the supervisors the
     *                   entries name and, up each chain, theirs: one query per level of the
     *                   longest chain, for a whole file, and none when no entry names a supervisor
     */
    static Supervision of(Collection<NewEmployee> entries, Map<String, Employee> registered,
                          Map<String, Agency> active, Function<Collection<String>, Map<String, Employee>> lookup) {
        Map<String, NewEmployee> byNip = entries.stream()
                .collect(Collectors.toMap(NewEmployee::nip, Function.identity(), (first, again) -> first));
        Map<String, Employee> known = new HashMap<>(registered);
        Set<String> wanted = unknownAmong(entries.stream().map(NewEmployee::supervisorNip), byNip, known);
        while (!wanted.isEmpty()) {
            Map<String, Employee> found = lookup.apply(wanted);
            known.putAll(found);
            wanted = unknownAmong(found.values().stream().map(employee -> employee.supervisorNip), byNip, known);
        }
        return new Supervision(byNip, known, active);
    }

    private static Set<String> unknownAmong(Stream<String> nips, Map<String, NewEmployee> entries,
                                            Map<String, Employee> known) {
        return nips.filter(Objects::nonNull).filter(nip -> !entries.containsKey(nip) && !known.containsKey(nip))
                .collect(Collectors.toSet());
    }

    /**
     * The region of the supervisor {@code entry} names: an active employee of the register, or
     * another entry, in the region of the agency it names; a 422 problem naming the field otherwise.
     */
    String regionOfSupervisor(NewEmployee entry) {
        String nip = entry.supervisorNip();
        Employee employee = registered.get(nip);
        NewEmployee other = entries.get(nip);
        if (other == null) {
            if (employee == null || !employee.active) {
                throw ProblemException.unknownReference(FIELD,
                        "employee " + nip + " is not in the register or no longer active");
            }
            return employee.regionCode;
        }
        if (employee != null && !employee.active) {
            throw ProblemException.unknownReference(FIELD, "employee " + nip + " is no longer active");
        }
        if (employee != null && employee.agencyCode.equals(other.agencyCode())) {
            return employee.regionCode;
        }
        Agency agency = active.get(other.agencyCode());
        if (agency == null) {
            throw ProblemException.unknownReference(FIELD, "employee " + nip + " is given agency "
                    + other.agencyCode() + ", which is not in the register or no longer active");
        }
        return agency.regionCode;
    }

    /**
     * Refuses, with a 422 problem naming the field, a supervisor who already answers to
     * {@code entry}'s employee, directly or through others: the link would close a cycle.
     */
    void refuseCycle(NewEmployee entry) {
        Set<String> seen = new HashSet<>();
        for (String above = entry.supervisorNip(); above != null && seen.add(above); above = supervisorOf(above)) {
            if (above.equals(entry.nip())) {
                String message = "employee " + entry.supervisorNip() + " answers, directly or through others, to "
                        + entry.nip() + ": a supervisor cannot be supervised by their own subordinate";
                throw new ProblemException(ProblemType.UNPROCESSABLE, message,
                        List.of(new Problem.Violation(FIELD, message)));
            }
        }
    }

    /** The supervisor of {@code nip} as the register will stand: an entry's, else the register's. */
    private String supervisorOf(String nip) {
        NewEmployee entry = entries.get(nip);
        if (entry != null) {
            return entry.supervisorNip();
        }
        Employee employee = registered.get(nip);
        return employee == null ? null : employee.supervisorNip;
    }
}
