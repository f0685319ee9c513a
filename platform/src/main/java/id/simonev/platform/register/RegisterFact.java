package id.simonev.platform.register;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.simonev.platform.event.DomainEvent;

/** A fact about an entry of a register known by its code: keyed by that code, in the entry's region. */
public interface RegisterFact extends DomainEvent {

    String code();

    String regionCode();

    @JsonIgnore
    @Override
    default String aggregateId() {
        return code();
    }

    @JsonIgnore
    @Override
    default String region() {
        return regionCode();
    }
}
