package id.simonev.platform.problem;

import java.time.Duration;

/**
 * A refusal of a request past a rate limit (HTTP 429), with the time after which the client may try
 * again: the mapper sends it as {@code Retry-After}, so that a well-behaved client waits instead of
 * retrying at once.
 */
public class TooManyRequests extends ProblemException {

    private final Duration retryAfter;

    /** @param retryAfter whole seconds, at least one */
    public TooManyRequests(String detail, Duration retryAfter) {
        super(ProblemType.TOO_MANY_REQUESTS, detail);
        if (retryAfter.getNano() != 0 || retryAfter.getSeconds() < 1) {
            throw new IllegalArgumentException("Retry-After must be whole seconds, at least one: " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
