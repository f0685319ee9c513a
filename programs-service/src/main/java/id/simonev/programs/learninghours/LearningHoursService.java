package id.simonev.programs.learninghours;

import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.region.OfficeDate;
import id.simonev.platform.security.Caller;
import id.simonev.programs.agency.AgencyService;
import id.simonev.programs.employee.EmployeeService;
import id.simonev.programs.employee.EmployeeView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Learning hours (JP) credited per employee and per agency, against the yearly 20-JP entitlement. */
@ApplicationScoped
public class LearningHoursService {

    /** The fields the list below the entitlement sorts by, and their columns in its query. */
    private static final Map<String, String> SORTABLE = Map.of("jpCredited", "jp", "name", "e.name", "nip", "e.nip",
            "position", "e.position");

    private final LearningHoursRepository hours;
    private final EmployeeService employees;
    private final AgencyService agencies;

    LearningHoursService(LearningHoursRepository hours, EmployeeService employees, AgencyService agencies) {
        this.hours = hours;
        this.employees = employees;
        this.agencies = agencies;
    }

    public EmployeeLearningHours ofEmployee(String nip, int year, Caller caller) {
        EmployeeView employee = employees.find(nip, caller);
        List<EmployeeLearningHours.CreditedProgram> credited = hours.credited(nip, year);
        long jp = credited.stream().mapToLong(EmployeeLearningHours.CreditedProgram::jp).sum();
        return new EmployeeLearningHours(employee.nip(), employee.name(), employee.agencyCode(), year, jp,
                Entitlement.YEARLY_JP, Entitlement.isMet(jp), credited);
    }

    public AgencyLearningHours ofAgency(String code, int year, Caller caller) {
        return hours.coverage(agencies.find(code, caller).code(), year);
    }

    /**
     * The agency's active employees still below 20 JP in the year, in the order {@code sort} asks;
     * by default those furthest from it first.
     */
    public Page<EmployeeBelowEntitlement> belowEntitlement(String code, int year, PageRequest paging, Caller caller) {
        Sort order = paging.sortAmong(SORTABLE, "jpCredited", "e.nip");
        AgencyLearningHours coverage = ofAgency(code, year, caller);
        return new Page<>(hours.belowEntitlement(code, year, order, paging.page, paging.size), paging.page,
                paging.size, coverage.employees() - coverage.reachedEntitlement());
    }

    /** The year asked for; this year when none is. */
    static int orThisYear(Integer year) {
        return year == null ? OfficeDate.today().getYear() : year;
    }
}
