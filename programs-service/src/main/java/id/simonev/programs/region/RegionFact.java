package id.simonev.programs.region;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.simonev.platform.event.DomainEvent;

/** A fact about a region of the register: keyed by its code, and belonging to itself. */
interface RegionFact extends DomainEvent {

    String code();

    @JsonIgnore
    @Override
    default String aggregateId() {
        return code();
    }

    @JsonIgnore
    @Override
    default String region() {
        return code();
    }
}
