package id.simonev.platform.ratelimit;

import id.simonev.platform.problem.TooManyRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Counts the requests to public operations, per named limit and key, and refuses those past the
 * limit with a 429 problem and {@code Retry-After}. The counts are kept in PostgreSQL (a fixed
 * window per key in {@code rate_limit_window}), so that all the replicas of a service count
 * together, and a check is one statement.
 *
 * <p>Every {@link RateLimited} operation is counted against {@link #CLIENT_ADDRESS} before it runs;
 * an operation counts itself against a further limit by its key:
 * <pre>{@code
 * @GET
 * @Path("{code}")
 * @PermitAll
 * @SecurityRequirementsSet
 * @RateLimited
 * public TemplateInstance survey(@PathParam("code") String code) {
 *     rateLimits.check(RateLimits.PUBLIC_LINK, code);
 *     ...
 * }
 * }</pre>
 */
@ApplicationScoped
public class RateLimits {

    /** Each client address (an IPv6 client by its /64 network), across the public operations of a service. */
    public static final String CLIENT_ADDRESS = "client-address";
    /** Each public link, whoever follows it: a campaign's public code, a participant's single-use token. */
    public static final String PUBLIC_LINK = "public-link";

    private static final Logger LOG = Logger.getLogger(RateLimits.class);
    /**
     * Longer keys (a client may send any path) are kept as their digest, which an index can hold, as
     * are keys with a NUL character, which a text column cannot.
     */
    private static final int LONGEST_KEY = 100;

    private final AgroalDataSource dataSource;
    private final RateLimitConfig config;
    private final Clock clock;
    /**
     * Whether this process has counted a request since it started. Until then the sweep leaves the
     * table alone: a service without public operations never touches it (and need not have it).
     */
    private volatile boolean counting;

    RateLimits(AgroalDataSource dataSource, RateLimitConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Counts a request against the limit of the client it came from ({@link #CLIENT_ADDRESS}); what
     * {@link RateLimited} does before the operation, for a page that answers a refusal itself.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void checkClient(SocketAddress address) {
        // Only a server listening on a domain socket has no client address: its clients share one count.
        check(CLIENT_ADDRESS, address == null ? "unknown" : ClientAddressLimit.clientOf(address.host()));
    }

    /**
     * Counts one request against the limit {@code limitName} for {@code key}, and refuses it if the
     * key has now made more requests in the current window than the limit allows. The count is its
     * own transaction, outside the caller's: a refused or failed request still counts, and the
     * row of a busy key is not held locked while the request goes on.
     *
     * @throws TooManyRequests past the limit (429, with {@code Retry-After}: the rest of the window)
     * @throws IllegalArgumentException if no limit has that name
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void check(String limitName, String key) {
        RateLimitConfig.Limit limit = config.limits().get(limitName);
        if (limit == null) {
            throw new IllegalArgumentException("No rate limit is named " + limitName
                    + "; simonev.rate-limit.limits names " + new TreeSet<>(config.limits().keySet()));
        }
        Instant now = clock.instant();
        long window = limit.window().toMillis();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), window));
        Instant end = start.plusMillis(window);
        counting = true;
        if (count(limitName, storable(key), start, end) > limit.requests()) {
            Duration rest = Duration.between(now, end);
            long retryAfter = rest.getNano() == 0 ? rest.getSeconds() : rest.getSeconds() + 1;
            throw new TooManyRequests("More than " + limit.requests() + " requests within " + limit.window().toSeconds()
                    + " seconds (limit " + limitName + "); retry in " + retryAfter + " seconds",
                    Duration.ofSeconds(retryAfter));
        }
    }

    /**
     * Removes the windows that have ended, so that the table holds only the current ones. Every
     * replica that counts sweeps; a window one has removed is simply not there for another.
     */
    @Scheduled(every = "${simonev.rate-limit.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeEndedWindows() {
        if (!counting) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from rate_limit_window where window_end <= ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            int removed = delete.executeUpdate();
            LOG.debugf("Removed %d ended rate limit windows", removed);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove the ended rate limit windows", e);
        }
    }

    /** The key as its row keeps it: as sent, unless too long or holding what text columns refuse (NUL). */
    private static String storable(String key) {
        return key.length() > LONGEST_KEY || key.indexOf('\0') >= 0 ? digest(key) : key;
    }

    /** Adds one to the key's count in the window and answers the new count. */
    private int count(String limitName, String key, Instant start, Instant end) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into rate_limit_window (limit_name, key, window_start, window_end, hits)
                     values (?, ?, ?, ?, 1)
                     on conflict (limit_name, key, window_start) do update set hits = rate_limit_window.hits + 1
                     returning hits""")) {
            upsert.setString(1, limitName);
            upsert.setString(2, key);
            upsert.setObject(3, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
            upsert.setObject(4, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
            try (ResultSet hits = upsert.executeQuery()) {
                hits.next();
                return hits.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count a request against the rate limit " + limitName, e);
        }
    }

    private static String digest(String key) {
        try {
            return "sha-256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
