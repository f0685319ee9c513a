package id.simonev.programs.learninghours;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** JP are credited on completion, in the year the program ended. */
@ApplicationScoped
class LearningHoursRepository {

    /** The JP each employee was credited with in a year. */
    private static final String HOURS = """
            with hours as (
                select p.nip, sum(p.jp_credited) as jp from participant p join program g on g.id = p.program_id
                where p.status = 'COMPLETED' and extract(year from g.end_date) = :year group by p.nip)
            """;

    private final EntityManager entityManager;

    LearningHoursRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    List<EmployeeLearningHours.CreditedProgram> credited(String nip, int year) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select g.id, g.code, g.title, g.end_date, p.jp_credited from participant p
                        join program g on g.id = p.program_id
                        where p.nip = :nip and p.status = 'COMPLETED' and extract(year from g.end_date) = :year
                        order by g.end_date, g.code""")
                .setParameter("nip", nip).setParameter("year", year).getResultList();
        return rows.stream().map(row -> new EmployeeLearningHours.CreditedProgram((UUID) row[0], (String) row[1],
                (String) row[2], (LocalDate) row[3], ((Number) row[4]).intValue())).toList();
    }

    /** The agency's active employees, and how many of them reached the entitlement. */
    AgencyLearningHours coverage(String agencyCode, int year) {
        Object[] row = (Object[]) entityManager.createNativeQuery(HOURS + """
                        select count(*), count(*) filter (where coalesce(h.jp, 0) >= :entitlement)
                        from employee e left join hours h on h.nip = e.nip
                        where e.agency_code = :agency and e.active""")
                .setParameter("year", year).setParameter("agency", agencyCode)
                .setParameter("entitlement", Entitlement.YEARLY_JP).getSingleResult();
        long employees = ((Number) row[0]).longValue();
        long reached = ((Number) row[1]).longValue();
        return new AgencyLearningHours(agencyCode, year, employees, reached, Entitlement.coverage(reached, employees),
                Entitlement.YEARLY_JP);
    }

    /** {@code order}'s columns are the query's own (jp, e.name, ...), as LearningHoursService allows them. */
    @SuppressWarnings("unchecked")
    List<EmployeeBelowEntitlement> belowEntitlement(String agencyCode, int year, Sort order, int page, int size) {
        String orderBy = order.getColumns().stream()
                .map(column -> column.getName() + (column.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", "));
        List<Object[]> rows = entityManager.createNativeQuery(HOURS + """
                        select e.nip, e.name, e.position, coalesce(h.jp, 0) as jp
                        from employee e left join hours h on h.nip = e.nip
                        where e.agency_code = :agency and e.active and coalesce(h.jp, 0) < :entitlement
                        """ + "order by " + orderBy)
                .setParameter("year", year).setParameter("agency", agencyCode)
                .setParameter("entitlement", Entitlement.YEARLY_JP)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(row -> {
            long jp = ((Number) row[3]).longValue();
            return new EmployeeBelowEntitlement((String) row[0], (String) row[1], (String) row[2], jp,
                    Entitlement.YEARLY_JP - jp);
        }).toList();
    }
}
