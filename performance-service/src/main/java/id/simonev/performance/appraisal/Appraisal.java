package id.simonev.performance.appraisal;

import id.simonev.performance.predicate.Predicate;
import id.simonev.performance.predicate.Rating;
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

/**
 * One employee's appraisal for one period, with what the employee was at the time (agency,
 * position type, rank), kept as it was: a later transfer does not rewrite it.
 */
@Entity
@Table(name = "appraisal")
public class Appraisal extends PanacheEntityBase {

    @Id
    public UUID id;

    public String nip;

    @Column(name = "employee_name")
    public String employeeName;

    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    public AppraisalPeriod.Kind periodKind;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "hasil_kerja")
    public Rating hasilKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "perilaku_kerja")
    public Rating perilakuKerja;

    @Enumerated(EnumType.STRING)
    public Predicate predicate;

    @Column(name = "appraiser_nip")
    public String appraiserNip;

    @Column(name = "appraised_on")
    public LocalDate appraisedOn;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "position_type")
    public String positionType;

    public String rank;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** Sets the two ratings, and with them the predicate the regulation's table gives. */
    void rate(Rating hasilKerja, Rating perilakuKerja, String appraiserNip, LocalDate appraisedOn) {
        this.hasilKerja = hasilKerja;
        this.perilakuKerja = perilakuKerja;
        this.predicate = Predicate.of(hasilKerja, perilakuKerja);
        this.appraiserNip = appraiserNip;
        this.appraisedOn = appraisedOn;
    }
}
