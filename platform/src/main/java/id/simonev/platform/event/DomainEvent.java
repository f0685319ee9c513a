package id.simonev.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact a service publishes, in the past tense. The record itself is the envelope's
 * {@code data}; its simple class name is the envelope's {@code type}. The event knows where it
 * belongs (as Debezium's {@code ExportedEvent} does), so that the code that records it cannot
 * pass the wrong key.
 */
public interface DomainEvent {

    /** The id of the aggregate the fact is about: the Kafka key, so that its events stay in order. */
    @JsonIgnore
    String aggregateId();

    /** The Kemendagri code of the region the fact belongs to: the envelope's {@code region}. */
    @JsonIgnore
    String region();

    @JsonIgnore
    default String type() {
        return getClass().getSimpleName();
    }

    /** The schema version of {@code data}; raised on an incompatible change. */
    @JsonIgnore
    default int version() {
        return 1;
    }
}
