package id.simonev.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The rate limits of public operations, checked at start-up. Their defaults are in the platform's
 * {@code META-INF/microprofile-config.properties}; a service or an operator overrides one by name,
 * e.g. {@code simonev.rate-limit.limits.client-address.requests=120} (or
 * {@code SIMONEV_RATE_LIMIT_LIMITS_CLIENT_ADDRESS_REQUESTS}), or adds a limit of its own.
 */
@ConfigMapping(prefix = "simonev.rate-limit")
public interface RateLimitConfig {

    /** The limits by name: {@link RateLimits#CLIENT_ADDRESS}, {@link RateLimits#PUBLIC_LINK}, a service's own. */
    Map<String, Limit> limits();

    /** How often windows that have ended are removed from the table. */
    Duration sweep();

    /** At most {@link #requests()} requests per key within each {@link #window()}. */
    interface Limit {

        @Min(1)
        int requests();

        /** Windows follow one another from the epoch, the same for every key and every replica. */
        @DurationMin(seconds = 1)
        Duration window();
    }
}
