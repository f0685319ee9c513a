package id.simonev.programs.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A development program (pengembangan kompetensi) run for civil servants in a region. */
@Entity
public class Program extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String title;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public ProgramFormat format;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** Jam pelajaran: learning hours of 45 minutes. */
    public int jp;

    @Enumerated(EnumType.STRING)
    public ProgramStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
