package id.simonev.surveys.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.Session;

/**
 * Instruments, their versions and items. A version's items travel as one JSON array in both
 * directions, so that a version is read and written whole, in one statement each.
 */
@ApplicationScoped
public class InstrumentRepository {

    /** An instrument as stored: whose it is and what it measures. */
    public record Instrument(String code, String name, String kind, String agencyCode, String regionCode) {

        public boolean builtIn() {
            return agencyCode == null;
        }
    }

    /** One version's headline: its number and whether it is published. */
    public record VersionSummary(int version, Instant publishedAt) {
    }

    private record VersionRow(UUID id, String instrumentCode, int version, int scaleMin, int scaleMax,
                              Instant publishedAt, String items) {
    }

    private record StoredItem(int position, String code, String name, String question, List<String> wordings,
                              boolean indexed, BigDecimal weight, boolean optional) {
    }

    private static final String VERSION_COLUMNS = """
            select v.id, v.instrument_code, v.version, cast(v.scale_min as integer) as scale_min,
                   cast(v.scale_max as integer) as scale_max, v.published_at,
                   cast((select json_agg(json_build_object('position', i.position, 'code', i.code, 'name', i.name,
                            'question', i.question, 'wordings', i.wordings, 'indexed', i.indexed, 'weight', i.weight,
                            'optional', i.optional)
                            order by i.position)
                         from instrument_item i where i.version_id = v.id) as text) as items
            from instrument_version v
            """;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    InstrumentRepository(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    public Optional<Instrument> instrument(String code) {
        return session().createNativeQuery(
                        "select code, name, kind, agency_code, region_code from instrument where code = ?1",
                        Instrument.class)
                .setParameter(1, code).getResultStream().findFirst();
    }

    /** The built-in instruments and those of agencies in {@code regions} (all of them when null). */
    public List<Instrument> instruments(List<String> regions) {
        return session().createNativeQuery("""
                        select code, name, kind, agency_code, region_code from instrument
                        where region_code is null or cast(?1 as text[]) is null or region_code = any(cast(?1 as text[]))
                            or substring(region_code, 1, 2) = any(cast(?1 as text[]))
                        order by agency_code nulls first, code""", Instrument.class)
                .setParameter(1, regions == null ? null : "{" + String.join(",", regions) + "}")
                .getResultList();
    }

    public List<VersionSummary> versions(String code) {
        return session().createNativeQuery(
                        """
                        select version, published_at from instrument_version
                        where instrument_code = ?1 order by version""",
                        VersionSummary.class)
                .setParameter(1, code).getResultList();
    }

    public Optional<InstrumentVersion> version(UUID id) {
        return oneVersion(VERSION_COLUMNS + " where v.id = ?1", id);
    }

    public Optional<InstrumentVersion> version(String code, int version) {
        return oneVersion(VERSION_COLUMNS + " where v.instrument_code = ?1 and v.version = ?2", code, version);
    }

    public Optional<InstrumentVersion> latest(String code) {
        return oneVersion(VERSION_COLUMNS + " where v.instrument_code = ?1 order by v.version desc limit 1", code);
    }

    public Optional<InstrumentVersion> latestPublished(String code) {
        return oneVersion(VERSION_COLUMNS
                + " where v.instrument_code = ?1 and v.published_at is not null order by v.version desc limit 1", code);
    }

    public void insertInstrument(Instrument instrument) {
        entityManager.createNativeQuery("""
                        insert into instrument (code, name, kind, agency_code, region_code)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, instrument.code()).setParameter(2, instrument.name())
                .setParameter(3, instrument.kind()).setParameter(4, instrument.agencyCode())
                .setParameter(5, instrument.regionCode())
                .executeUpdate();
    }

    public void rename(String code, String name) {
        entityManager.createNativeQuery("update instrument set name = ?2 where code = ?1")
                .setParameter(1, code).setParameter(2, name).executeUpdate();
    }

    /** Stores a new draft version with its items. */
    public void insertVersion(InstrumentVersion version) {
        entityManager.createNativeQuery("""
                        insert into instrument_version (id, instrument_code, version, scale_min, scale_max)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, version.id()).setParameter(2, version.instrumentCode())
                .setParameter(3, version.version()).setParameter(4, version.scaleMin())
                .setParameter(5, version.scaleMax())
                .executeUpdate();
        insertItems(version);
    }

    /** Replaces the items of a draft. */
    public void replaceItems(InstrumentVersion draft) {
        entityManager.createNativeQuery("delete from instrument_item where version_id = ?1")
                .setParameter(1, draft.id()).executeUpdate();
        insertItems(draft);
    }

    public void publish(UUID versionId, Instant at) {
        entityManager.createNativeQuery(
                        "update instrument_version set published_at = ?2 where id = ?1 and published_at is null")
                .setParameter(1, versionId).setParameter(2, at).executeUpdate();
    }

    private void insertItems(InstrumentVersion version) {
        List<InstrumentItem> items = version.items();
        List<StoredItem> stored = IntStream.range(0, items.size()).mapToObj(i -> {
            InstrumentItem item = items.get(i);
            return new StoredItem(i + 1, item.code(), item.name(), item.question(), item.wordings(), item.indexed(),
                    item.weight(), item.optional());
        }).toList();
        entityManager.createNativeQuery("""
                        insert into instrument_item
                            (version_id, position, code, name, question, wordings, indexed, weight, optional)
                        select ?1, item.position, item.code, item.name, item.question, item.wordings, item.indexed,
                               item.weight, item.optional
                        from json_to_recordset(cast(?2 as json)) as item(position smallint, code text, name text,
                             question text, wordings text[], indexed boolean, weight numeric, optional boolean)""")
                .setParameter(1, version.id()).setParameter(2, json(stored))
                .executeUpdate();
    }

    private Optional<InstrumentVersion> oneVersion(String sql, Object... parameters) {
        var query = session().createNativeQuery(sql, VersionRow.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultStream().findFirst().map(row -> new InstrumentVersion(row.id(), row.instrumentCode(),
                row.version(), row.scaleMin(), row.scaleMax(), row.publishedAt(), items(row.items())));
    }

    private List<InstrumentItem> items(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<List<StoredItem>>() { }).stream()
                    .map(item -> new InstrumentItem(item.code(), item.name(), item.question(), item.wordings(),
                            item.indexed(), item.weight(), item.optional()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored items of an instrument version are unreadable", e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
