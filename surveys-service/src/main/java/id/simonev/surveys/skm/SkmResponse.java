package id.simonev.surveys.skm;

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

/** One anonymous answer sheet of the SKM survey. */
@Entity
@Table(name = "skm_response")
public class SkmResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "service_unit_code")
    public String serviceUnitCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "survey_date")
    public LocalDate surveyDate;

    /** Answers to U1..U9, in the order of {@link SkmElement}. */
    public short[] answers;

    @Enumerated(EnumType.STRING)
    public Respondent.Gender gender;

    public Integer age;

    @Enumerated(EnumType.STRING)
    public Respondent.Education education;

    @Enumerated(EnumType.STRING)
    public Respondent.Occupation occupation;

    @Column(name = "service_received")
    public String serviceReceived;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;
}
