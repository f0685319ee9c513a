package id.simonev.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Removes published events once they are older than the retention: the topic is the log, and the
 * table would otherwise grow for ever. It removes a few thousand rows per transaction, found
 * through the index of published rows, and skips rows another replica's sweep holds; it takes no
 * part in the relay's lock, and the rows it removes are ones the relay no longer reads.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    private final EntityManager entityManager;
    private final OutboxConfig config;

    OutboxRetention(EntityManager entityManager, OutboxConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "${simonev.outbox.retention-sweep:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        sweep();
    }

    /** Removes every event published longer than the retention ago; answers how many. */
    public long sweep() {
        long removed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::removeBatch);
            removed += batch;
        } while (batch == config.retentionBatchSize());
        if (removed > 0) {
            LOG.infof("Removed %d events published more than %s ago", removed, config.retention());
        }
        return removed;
    }

    private int removeBatch() {
        return entityManager.createNativeQuery("""
                        delete from outbox_event where position in (
                            select position from outbox_event
                            where published_at < now() - ?1 * interval '1 millisecond'
                            limit ?2 for update skip locked)""")
                .setParameter(1, config.retention().toMillis())
                .setParameter(2, config.retentionBatchSize())
                .executeUpdate();
    }
}
