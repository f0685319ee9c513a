package id.simonev.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A record this service could not apply, kept whole with the reason, until an administrator
 * replays it. A record that is not an event at all has no event id, type or source, but keeps
 * where it was read.
 */
@Entity
@Table(name = "dead_letter_event")
public class DeadLetter extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    public String type;

    public String source;

    /** The {@link EventConsumer#name()} that read it; its handlers apply it again. */
    public String consumer;

    public String topic;

    @Column(name = "kafka_partition")
    public Integer kafkaPartition;

    @Column(name = "kafka_offset")
    public Long kafkaOffset;

    public String record;

    public String error;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;
}
