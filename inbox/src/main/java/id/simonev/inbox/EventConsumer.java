package id.simonev.inbox;

import jakarta.persistence.EntityManager;

/**
 * A consumer of events in this service: a bean that reads a channel and applies its records
 * through the {@link Inbox} with its handlers. Dead letters remember the consumer they came
 * from, so that a replay applies them with the same handlers.
 */
public interface EventConsumer {

    /** The name its dead letters are kept under; the channel it reads is a good one. */
    String name();

    EventHandlers handlers();

    /**
     * Runs first in every transaction in which this consumer's events are applied (by the {@link Inbox}
     * or as a dead letter's replay), before anything else is read or written: a consumer whose read
     * models can be swapped takes a lock here, one that fills other tables sets where its handlers
     * write. Nothing by default.
     */
    default void beforeApplying(EntityManager entityManager) {
    }
}
