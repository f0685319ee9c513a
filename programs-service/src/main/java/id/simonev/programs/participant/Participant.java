package id.simonev.programs.participant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An employee enrolled in a program, with their name and agency as they were at enrolment. A
 * withdrawal keeps the row: the history and its reason stay.
 */
@Entity
@IdClass(Participant.Key.class)
public class Participant extends PanacheEntityBase {

    /** The identity of a participant: the program and the employee's NIP. */
    public static class Key implements Serializable {

        public UUID programId;
        public String nip;

        public Key() {
        }

        public Key(UUID programId, String nip) {
            this.programId = programId;
            this.nip = nip;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(programId, key.programId) && Objects.equals(nip, key.nip);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programId, nip);
        }
    }

    @Id
    @Column(name = "program_id")
    public UUID programId;

    @Id
    public String nip;

    public String name;

    @Column(name = "agency_code")
    public String agencyCode;

    /** The employee's region (their agency's), which may differ from the program's. */
    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public ParticipantStatus status;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    public WithdrawalReason withdrawalReason;

    @Column(name = "withdrawal_note")
    public String withdrawalNote;

    @Column(name = "pre_test")
    public BigDecimal preTest;

    @Column(name = "post_test")
    public BigDecimal postTest;

    /** The program's JP, credited on completion only. */
    @Column(name = "jp_credited")
    public int jpCredited;

    /** Comma-separated {@link Shortfall}s of a participant who did not complete. */
    public String shortfalls;
}
