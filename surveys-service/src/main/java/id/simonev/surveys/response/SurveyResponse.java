package id.simonev.surveys.response;

import id.simonev.platform.validation.OptionalText;
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

/** One anonymous answer sheet of a campaign. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "instrument_version_id")
    public UUID instrumentVersionId;

    @Column(name = "service_unit_code")
    public String serviceUnitCode;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "survey_date")
    public LocalDate surveyDate;

    /** The answers in the order of the version's items. */
    public short[] answers;

    /** The sum over the indexed items of the weight's numerator times the answer. */
    @Column(name = "index_points")
    public long indexPoints;

    @Enumerated(EnumType.STRING)
    public Respondent.Gender gender;

    public Integer age;

    @Enumerated(EnumType.STRING)
    public Respondent.Education education;

    @Enumerated(EnumType.STRING)
    public Respondent.Occupation occupation;

    @Column(name = "service_received")
    public String serviceReceived;

    public String suggestion;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The operator who entered a paper form; null for a citizen's own answer. */
    @Column(name = "submitted_by")
    public String submittedBy;

    Respondent respondent() {
        if (gender == null && age == null && education == null && occupation == null && serviceReceived == null) {
            return null;
        }
        return new Respondent(gender, age, education, occupation, serviceReceived);
    }

    void describe(Respondent respondent) {
        if (respondent != null) {
            gender = respondent.gender();
            age = respondent.age();
            education = respondent.education();
            occupation = respondent.occupation();
            serviceReceived = OptionalText.stripped(respondent.serviceReceived());
        }
    }
}
