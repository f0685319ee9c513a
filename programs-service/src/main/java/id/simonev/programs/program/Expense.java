package id.simonev.programs.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One expense line that realises part of a program's budget. */
@Entity
@Table(name = "program_expense")
public class Expense extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "program_id")
    public UUID programId;

    @Enumerated(EnumType.STRING)
    public ExpenseCategory category;

    /** Rupiah. */
    public long amount;

    @Column(name = "spent_on")
    public LocalDate spentOn;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
