package id.simonev.programs.employee;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.simonev.platform.event.DomainEvent;

/** A fact about an employee of the register: keyed by the NIP, in the region of the employee's agency. */
interface EmployeeFact extends DomainEvent {

    String nip();

    String regionCode();

    @JsonIgnore
    @Override
    default String aggregateId() {
        return nip();
    }

    @JsonIgnore
    @Override
    default String region() {
        return regionCode();
    }
}
