package id.simonev.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact a service publishes, in the past tense. The record itself is the envelope's
 * {@code data}; its simple class name is the envelope's {@code type}.
 */
public interface DomainEvent {

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
