package id.simonev.programs.learninghours;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** JP are credited on completion, in the year the program ended. */
@ApplicationScoped
class LearningHoursRepository {

    /** The JP each employee was credited with in a year. */
    private static final String HOURS = """
            with hours as (
                select p.nip, sum(p.jp_credited) as jp from participant p join program g on g.id = p.program_id
                where p.status = 'COMPLETED' and extract(year from g.end_date) = :year group by p.nip)
            """;

    /** How many active employees an agency has, and how many of them reached the entitlement. */
    record Coverage(long employees, long reached) {
    }

    /** An active employee and the JP credited to them. */
    record Hours(String nip, String name, String position, long jp) {
    }

    private final EntityManager entityManager;

    LearningHoursRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    List<EmployeeLearningHours.CreditedProgram> credited(String nip, int year) {
        return session().createNativeQuery("""
                        select g.id, g.code, g.title, g.end_date, p.jp_credited from participant p
                        join program g on g.id = p.program_id
                        where p.nip = :nip and p.status = 'COMPLETED' and extract(year from g.end_date) = :year
                        order by g.end_date, g.code""", EmployeeLearningHours.CreditedProgram.class)
                .setParameter("nip", nip).setParameter("year", year).getResultList();
    }

    /** The agency's active employees, and how many of them reached the entitlement. */
    AgencyLearningHours coverage(String agencyCode, int year) {
        Coverage coverage = session().createNativeQuery(HOURS + """
                        select count(*), count(*) filter (where coalesce(h.jp, 0) >= :entitlement)
                        from employee e left join hours h on h.nip = e.nip
                        where e.agency_code = :agency and e.active""", Coverage.class)
                .setParameter("year", year).setParameter("agency", agencyCode)
                .setParameter("entitlement", Entitlement.YEARLY_JP).getSingleResult();
        return new AgencyLearningHours(agencyCode, year, coverage.employees(), coverage.reached(),
                Entitlement.coverage(coverage.reached(), coverage.employees()), Entitlement.YEARLY_JP);
    }

    /** {@code order}'s columns are the query's own (jp, e.name, ...), as LearningHoursService allows them. */
    List<EmployeeBelowEntitlement> belowEntitlement(String agencyCode, int year, Sort order, int page, int size) {
        String orderBy = order.getColumns().stream()
                .map(column -> column.getName() + (column.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", "));
        List<Hours> below = session().createNativeQuery(HOURS + """
                        select e.nip, e.name, e.position, coalesce(h.jp, 0) as jp
                        from employee e left join hours h on h.nip = e.nip
                        where e.agency_code = :agency and e.active and coalesce(h.jp, 0) < :entitlement
                        """ + "order by " + orderBy, Hours.class)
                .setParameter("year", year).setParameter("agency", agencyCode)
                .setParameter("entitlement", Entitlement.YEARLY_JP)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return below.stream().map(hours -> new EmployeeBelowEntitlement(hours.nip(), hours.name(), hours.position(),
                hours.jp(), Entitlement.YEARLY_JP - hours.jp())).toList();
    }
}
