package id.simonev.reporting.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.inbox.Inbox;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds of every read model from the beginning of the topics into new tables, while the current
 * ones keep answering; once the new ones have every event the current ones have, they take over.
 * One runs at a time across the service's replicas: the one that runs holds a session lock in the
 * database for as long as it runs, which its process's end releases too. Its progress is kept in
 * {@code read_model_rebuild}, so that any replica can tell how far it has come. How the take-over
 * keeps every event exactly once is {@link RebuildRun}'s to explain.
 */
@ApplicationScoped
public class ReadModelRebuilds {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuilds.class);
    /** Held by the session of the one rebuild that runs, in whichever replica. */
    private static final long RUNNING_LOCK = 7_004_002L;
    private static final String COLUMNS = "select id, state, started_at, started_by, finished_at, reason, "
            + "events_read, events_applied, partitions::text from read_model_rebuild";
    private static final TypeReference<List<PartitionProgress>> PARTITIONS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final Inbox inbox;
    private final ReadModelConsumer live;
    private final ObjectMapper json;
    private final Map<String, Object> kafkaConfig;
    private final List<String> topics;
    private volatile RebuildRun running;

    ReadModelRebuilds(DataSource dataSource, Inbox inbox, ReadModelConsumer live, ObjectMapper json,
                      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                      @ConfigProperty(name = "mp.messaging.incoming.events.topics") List<String> topics) {
        this.dataSource = dataSource;
        this.inbox = inbox;
        this.live = live;
        this.json = json;
        this.kafkaConfig = kafkaConfig;
        this.topics = topics;
    }

    /**
     * Starts a rebuild on a worker of this process and answers its first state; a 409 problem, with
     * nothing written, when one is running here or in another replica. A rebuild recorded as running
     * whose lock nobody holds had its process end under it: it is recorded as failed.
     */
    public ReadModelRebuild start(String startedBy) {
        UUID id = UUID.randomUUID();
        Connection connection = connection();
        boolean handedOver = false;
        try {
            if (!holdsLock(connection)) {
                throw ProblemException.conflict("A rebuild of the read models is running; "
                        + "follow it at /api/v1/admin/read-models/rebuilds/current");
            }
            try (PreparedStatement abandoned = connection.prepareStatement("""
                    update read_model_rebuild set state = 'FAILED', finished_at = now(),
                        reason = 'Its service stopped before it finished'
                    where state in ('RUNNING', 'SWAPPING')""");
                 PreparedStatement insert = connection.prepareStatement("""
                         insert into read_model_rebuild (id, state, started_at, started_by)
                         values (?, 'RUNNING', now(), ?)""")) {
                abandoned.executeUpdate();
                insert.setObject(1, id);
                insert.setString(2, startedBy);
                insert.executeUpdate();
            }
            RebuildRun run = new RebuildRun(id, connection, this, inbox, live, kafkaConfig, topics);
            running = run;
            run.start();
            handedOver = true;
            LOG.infof("Rebuild %s of the read models started by %s", id, startedBy);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start a rebuild of the read models", e);
        } finally {
            if (!handedOver) {
                release(connection);
            }
        }
        return find(id);
    }

    private static boolean holdsLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, RUNNING_LOCK);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /** Lets the lock go with the rebuild's connection (a pooled connection keeps its session's locks). */
    static void release(Connection connection) {
        try (connection; PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            connection.setAutoCommit(true);
            unlock.setLong(1, RUNNING_LOCK);
            unlock.execute();
        } catch (SQLException e) {
            LOG.warnf("Could not release a rebuild's connection cleanly (%s); its session's end releases the lock",
                    e.getMessage());
        }
    }

    public ReadModelRebuild find(UUID id) {
        return query(COLUMNS + " where id = ?", id).orElseThrow(() -> ProblemException.notFound("Rebuild", id));
    }

    /** The latest rebuild, running or not; a 404 problem when there never was one. */
    public ReadModelRebuild current() {
        return query(COLUMNS + " order by started_at desc limit 1", null).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No rebuild of the read models was started yet"));
    }

    private Optional<ReadModelRebuild> query(String sql, UUID id) {
        try (Connection connection = connection(); PreparedStatement query = connection.prepareStatement(sql)) {
            if (id != null) {
                query.setObject(1, id);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(ReadModelRebuild.of(row.getObject(1, UUID.class),
                        RebuildState.valueOf(row.getString(2)), row.getTimestamp(3).toInstant(), row.getString(4),
                        Optional.ofNullable(row.getTimestamp(5)).map(Timestamp::toInstant).orElse(null),
                        row.getString(6), row.getLong(7), row.getLong(8),
                        json.readValue(row.getString(9), PARTITIONS)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the rebuilds of the read models", e);
        }
    }

    /** Records how far rebuild {@code id} has come, on its own connection (in its transaction, if one is open). */
    void saveProgress(Connection connection, UUID id, long eventsRead, List<PartitionProgress> partitions)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update read_model_rebuild set events_read = ?, events_applied = ?, partitions = ?::jsonb
                where id = ?""")) {
            update.setLong(1, eventsRead);
            update.setLong(2, RebuildTables.appliedInRebuild(connection));
            update.setString(3, json.writeValueAsString(partitions));
            update.setObject(4, id);
            update.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a rebuild's progress", e);
        }
    }

    /** Records that rebuild {@code id} is in {@code state} now; a finished one with when, and a failed one why. */
    static void record(Connection connection, UUID id, RebuildState state, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update read_model_rebuild set state = ?, reason = ?,
                    finished_at = case when ? in ('DONE', 'FAILED') then now() end
                where id = ?""")) {
            update.setString(1, state.name());
            update.setString(2, reason);
            update.setString(3, state.name());
            update.setObject(4, id);
            update.executeUpdate();
        }
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database", e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        RebuildRun run = running;
        if (run != null) {
            run.stop();
        }
    }
}
