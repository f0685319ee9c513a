package id.simonev.surveys.result;

import id.simonev.surveys.index.IndexTally;
import id.simonev.surveys.index.ItemTally;
import id.simonev.surveys.instrument.InstrumentItem;
import id.simonev.surveys.instrument.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The integer sums the index is computed from, summed by PostgreSQL over the stored responses of a
 * {@link Scope}: one aggregate per scope, grouped by instrument version, since versions differ in
 * items and weights and their answers are never pooled.
 */
@ApplicationScoped
class SkmTallies {

    /** The age bands of the profile, in the order a report lists them; the SQL below draws the same lines. */
    static final List<String> AGE_BANDS = List.of("<20", "20-29", "30-39", "40-49", "50-59", "60+");

    private static final String AGE_BAND = """
            case when age < 20 then '<20' when age < 30 then '20-29' when age < 40 then '30-39'
                 when age < 50 then '40-49' when age < 60 then '50-59' when age >= 60 then '60+' end""";

    /** The responses of one group (a campaign, or a unit) to one instrument version, summed. */
    record Tally(String group, UUID versionId, IndexTally tally) {
    }

    /** How many responses of a version gave {@code category} (null: not given) in {@code dimension}. */
    record ProfileCount(UUID versionId, String dimension, String category, long responses) {
    }

    private final EntityManager entityManager;

    SkmTallies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Makes the rest of the transaction read one snapshot, so that the counts of its statements
     * agree (n in the index and in the profile) while responses keep coming in. Must come first.
     */
    void readOneSnapshot() {
        entityManager.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
    }

    /** The instrument versions the scope's responses answered. */
    List<UUID> versions(Scope scope) {
        return bind(session().createNativeQuery(
                        "select distinct cast(instrument_version_id as text) from survey_response where "
                                + scope.condition(), String.class), scope)
                .getResultList().stream().map(UUID::fromString).toList();
    }

    /**
     * The tally of each group and version among {@code versions}. The columns are made from the
     * versions' indexed positions (integers of the stored versions, not from the client): count,
     * sum and sum of squares of each, over the union of the versions' positions, of which each
     * version then takes its own. The points' sum of squares can pass a bigint, so PostgreSQL sums
     * it as numeric, and it comes back as a long only when it fits exactly.
     */
    List<Tally> tallies(Scope scope, Collection<InstrumentVersion> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        int[] positions = versions.stream().flatMapToInt(version -> IntStream.of(version.indexedPositions()))
                .distinct().sorted().toArray();
        StringBuilder items = new StringBuilder();
        for (int position : positions) {
            items.append((", count(answers[%1$d]), sum(answers[%1$d]),"
                    + " sum(cast(answers[%1$d] as integer) * answers[%1$d])").formatted(position));
        }
        List<Object> parameters = new ArrayList<>(scope.parameters());
        parameters.add(versions.stream().map(version -> version.id().toString()).toArray(String[]::new));
        String sql = """
                select %1$s, cast(instrument_version_id as text), count(*)%2$s,
                       sum(index_points), sum(cast(index_points as numeric) * index_points)
                from survey_response
                where %3$s and cast(instrument_version_id as text) = any(?%4$d)
                group by %1$s, instrument_version_id
                order by 1, 2""".formatted(scope.per().column, items, scope.condition(), parameters.size());
        Map<UUID, InstrumentVersion> byId = new HashMap<>();
        versions.forEach(version -> byId.put(version.id(), version));
        List<Object[]> rows = bind(session().createNativeQuery(sql, Object[].class), parameters).getResultList();
        return rows.stream().map(row -> {
            InstrumentVersion version = byId.get(UUID.fromString((String) row[1]));
            return new Tally((String) row[0], version.id(), tally(row, positions, version));
        }).toList();
    }

    /** The respondents' profile of each version, in one statement: one grouping set per dimension. */
    List<ProfileCount> profile(Scope scope) {
        String sql = """
                select version_id,
                       case when grouping(gender) = 0 then 'gender' when grouping(age_band) = 0 then 'ageBand'
                            when grouping(education) = 0 then 'education' else 'occupation' end,
                       coalesce(gender, age_band, education, occupation), count(*)
                from (select instrument_version_id as version_id, gender, %s as age_band, education, occupation
                      from survey_response where %s) response
                group by grouping sets ((version_id, gender), (version_id, age_band), (version_id, education),
                                        (version_id, occupation))""".formatted(AGE_BAND, scope.condition());
        return bind(session().createNativeQuery(sql, ProfileCount.class), scope).getResultList();
    }

    /**
     * A row's tally for its version: after the group, the version and n come three columns per
     * position of {@code positions}, then the points' sum and sum of squares.
     */
    private static IndexTally tally(Object[] row, int[] positions, InstrumentVersion version) {
        List<InstrumentItem> indexed = version.indexedItems();
        int[] own = version.indexedPositions();
        List<ItemTally> items = new ArrayList<>();
        for (int i = 0; i < own.length; i++) {
            int column = 3 + 3 * Arrays.binarySearch(positions, own[i]);
            items.add(new ItemTally(indexed.get(i).code(), (Long) row[column], (Long) row[column + 1],
                    (Long) row[column + 2]));
        }
        int points = 3 + 3 * positions.length;
        return new IndexTally((Long) row[2], items, exact(row[points]), exact(row[points + 1]));
    }

    private static long exact(Object numericSum) {
        return ((BigDecimal) numericSum).longValueExact();
    }

    private static <T> NativeQuery<T> bind(NativeQuery<T> query, Scope scope) {
        return bind(query, scope.parameters());
    }

    private static <T> NativeQuery<T> bind(NativeQuery<T> query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
