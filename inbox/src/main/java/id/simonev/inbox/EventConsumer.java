package id.simonev.inbox;

/**
 * A consumer of events in this service: a bean that reads a channel and applies its records
 * through the {@link Inbox} with its handlers. Dead letters remember the consumer they came
 * from, so that a replay applies them with the same handlers.
 */
public interface EventConsumer {

    /** The name its dead letters are kept under; the channel it reads is a good one. */
    String name();

    EventHandlers handlers();
}
