package id.simonev.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.platform.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Records an event in the transaction of the state change it describes; the {@link OutboxRelay}
 * publishes it after commit. A rolled-back change leaves no event, and a committed one is never lost.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * @param aggregateId the Kafka key: events of one aggregate stay in order
     * @param region      the Kemendagri code of the region the fact belongs to
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateId, String region, DomainEvent event) {
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, type, version, aggregate_id, region, occurred_at, data)
                        values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, event.type())
                .setParameter(3, event.version())
                .setParameter(4, aggregateId)
                .setParameter(5, region)
                .setParameter(6, Instant.now())
                .setParameter(7, toJson(event))
                .executeUpdate();
    }

    private String toJson(DomainEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be written as JSON", e);
        }
    }
}
