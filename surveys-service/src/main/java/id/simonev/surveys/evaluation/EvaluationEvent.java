package id.simonev.surveys.evaluation;

import id.simonev.platform.event.DomainEvent;
import java.util.UUID;

/**
 * A fact of a program's evaluation, keyed by the program (as programs-service keys the program's
 * own events) and placed in its region. It never names a person.
 */
interface EvaluationEvent extends DomainEvent {

    UUID programId();

    String regionCode();

    @Override
    default String aggregateId() {
        return programId().toString();
    }

    @Override
    default String region() {
        return regionCode();
    }
}
