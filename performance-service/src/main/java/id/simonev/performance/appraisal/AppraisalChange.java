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

/** A correction of an appraisal: what it was before, who changed it, when and why. */
@Entity
@Table(name = "appraisal_correction")
public class AppraisalChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "appraisal_id")
    public UUID appraisalId;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    @Column(name = "corrected_by")
    public String correctedBy;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_hasil_kerja")
    public Rating previousHasilKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_perilaku_kerja")
    public Rating previousPerilakuKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_predicate")
    public Predicate previousPredicate;

    @Column(name = "previous_appraiser_nip")
    public String previousAppraiserNip;

    @Column(name = "previous_appraised_on")
    public LocalDate previousAppraisedOn;

    /** The correction about to be made to {@code appraisal}, keeping what it holds now. */
    static AppraisalChange of(Appraisal appraisal, Instant at, String by, String reason) {
        AppraisalChange change = new AppraisalChange();
        change.id = UUID.randomUUID();
        change.appraisalId = appraisal.id;
        change.correctedAt = at;
        change.correctedBy = by;
        change.reason = reason;
        change.previousHasilKerja = appraisal.hasilKerja;
        change.previousPerilakuKerja = appraisal.perilakuKerja;
        change.previousPredicate = appraisal.predicate;
        change.previousAppraiserNip = appraisal.appraiserNip;
        change.previousAppraisedOn = appraisal.appraisedOn;
        return change;
    }
}
