package id.simonev.programs.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A development program (pengembangan kompetensi) run for civil servants in a region. */
@Entity
public class Program extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String title;

    public String description;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public ProgramFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "competency_type")
    public CompetencyType competencyType;

    /** Null only for programs planned before the register existed. */
    @Column(name = "organising_agency_code")
    public String organisingAgencyCode;

    @ElementCollection
    @CollectionTable(name = "program_target_agency", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "agency_code")
    @OrderBy
    public Set<String> targetAgencyCodes = new TreeSet<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @ElementCollection
    @CollectionTable(name = "program_session", joinColumns = @JoinColumn(name = "program_id"))
    @OrderBy("number")
    public List<Session> sessions = new ArrayList<>();

    /** Jam pelajaran (45 minutes each) of all sessions together. */
    public int jp;

    public int capacity;

    /** The post-test score (0-100) a participant needs to complete the program. */
    @Column(name = "passing_score")
    public BigDecimal passingScore;

    /** Anggaran in rupiah. */
    @Column(name = "planned_budget")
    public long plannedBudget;

    @ElementCollection
    @CollectionTable(name = "program_expected_outcome", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "number")
    public List<ExpectedOutcome> expectedOutcomes = new ArrayList<>();

    /** Days each single-use evaluation link stays valid after it is issued. */
    @Column(name = "evaluation_link_valid_days")
    public int evaluationLinkValidDays;

    /** Months after the end date when the post-training (360) evaluation of the alumni is issued. */
    @Column(name = "post_training_lag_months")
    public int postTrainingLagMonths;

    @Enumerated(EnumType.STRING)
    public ProgramStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The date of the last session: before it, the program cannot have ended. */
    public LocalDate lastSessionDate() {
        return sessions.stream().map(Session::heldOn).max(Comparator.naturalOrder()).orElse(endDate);
    }
}
