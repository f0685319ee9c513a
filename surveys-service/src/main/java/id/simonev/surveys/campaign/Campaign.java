package id.simonev.surveys.campaign;

import id.simonev.platform.problem.ProblemException;
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

/** A campaign applies one instrument version to one service unit for a period. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "instrument_version_id")
    public UUID instrumentVersionId;

    @Column(name = "service_unit_code")
    public String serviceUnitCode;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "region_code")
    public String regionCode;

    public String title;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "yearly_service_users")
    public Integer yearlyServiceUsers;

    @Enumerated(EnumType.STRING)
    public CampaignStatus status;

    @Column(name = "public_code")
    public String publicCode;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Opens the campaign to citizens under {@code code}. */
    void open(String code, Instant at) {
        requireStatus(CampaignStatus.DRAFT, "opened");
        status = CampaignStatus.OPEN;
        publicCode = code;
        openedAt = at;
    }

    void close(Instant at) {
        requireStatus(CampaignStatus.OPEN, "closed");
        status = CampaignStatus.CLOSED;
        closedAt = at;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public String period() {
        return startDate + " to " + endDate;
    }

    private void requireStatus(CampaignStatus required, String move) {
        if (status != required) {
            throw ProblemException.conflict("Campaign " + id + " is " + status + "; it can be " + move + " only when "
                    + required);
        }
    }
}
