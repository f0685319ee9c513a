package id.simonev.inbox;

/**
 * A record the consumer cannot read: not an event envelope, or data that does not convert to the
 * handler's class or breaks its constraints. Trying again cannot help; it is kept as a dead letter.
 */
class UnreadableEvent extends RuntimeException {

    UnreadableEvent(String reason) {
        super(reason);
    }
}
