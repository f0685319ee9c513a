package id.simonev.surveys.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use link: who answers which questionnaire about whom, until when, and whether it was
 * used. What was answered is kept apart and never points back here.
 */
@Entity
@Table(name = "evaluation_link")
public class EvaluationLink extends PanacheEntityBase {

    @Id
    public String token;

    @Column(name = "program_id")
    public UUID programId;

    @Enumerated(EnumType.STRING)
    public Questionnaire questionnaire;

    @Enumerated(EnumType.STRING)
    public RaterRole role;

    /** The participant the questionnaire is about; for a reaction and a self-rating, the one who answers. */
    @Column(name = "participant_nip")
    public String participantNip;

    /** Who answers; null for an open peer link, which the office hands to a colleague of its choice. */
    @Column(name = "rater_nip")
    public String raterNip;

    @Column(name = "rater_name")
    public String raterName;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    public boolean used;

    /** The Idempotency-Key its answer came with: a retry of that answer is told the same, not 409. */
    @Column(name = "used_with_key")
    public String usedWithKey;

    /** Replaced by a newer link (lost, or a rater changed) before it was used. */
    public boolean revoked;

    public LinkStatus status(Instant now) {
        if (used) {
            return LinkStatus.ANSWERED;
        }
        if (revoked) {
            return LinkStatus.REPLACED;
        }
        return now.isBefore(expiresAt) ? LinkStatus.OPEN : LinkStatus.EXPIRED;
    }
}
