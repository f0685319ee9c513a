package id.simonev.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.platform.event.EventEnvelope;
import id.simonev.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * This service's copy of the region register that programs-service owns, kept up to date from
 * its {@code RegionRegistered} and {@code RegionUpdated} events, so that a reference to a region
 * can be checked without calling programs-service.
 */
@ApplicationScoped
public class RegionReplica {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    RegionReplica(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** The region event's data as this service reads it. */
    record RegionData(String code, String name, String parentCode) {
    }

    /** Whether {@code event} is one this replica keeps. */
    public static boolean handles(EventEnvelope event) {
        return event.type().equals("RegionRegistered") || event.type().equals("RegionUpdated");
    }

    public void apply(EventEnvelope event) {
        RegionData region = objectMapper.convertValue(event.data(), RegionData.class);
        if (region.code() == null || region.name() == null) {
            throw new IllegalArgumentException("a region needs a code and a name");
        }
        entityManager.createNativeQuery("""
                        insert into region (code, name, parent_code) values (?1, ?2, ?3)
                        on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code""")
                .setParameter(1, region.code())
                .setParameter(2, region.name())
                .setParameter(3, region.parentCode())
                .executeUpdate();
    }

    public Optional<String> nameOf(String code) {
        return entityManager.createNativeQuery("select name from region where code = ?1", String.class)
                .setParameter(1, code)
                .getResultStream().findFirst();
    }

    public boolean isKnown(String code) {
        return nameOf(code).isPresent();
    }

    /** Refuses, with a 422 problem naming {@code field}, a region the register does not hold. */
    public void requireKnown(String field, String code) {
        if (!isKnown(code)) {
            throw ProblemException.unknownReference(field, "region " + code + " is not in the register");
        }
    }
}
