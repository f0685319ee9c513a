package id.simonev.reporting.ingest;

import static id.simonev.reporting.summary.SummaryEvents.programScheduled;
import static id.simonev.reporting.summary.SummaryEvents.realisationRecorded;
import static id.simonev.reporting.summary.SummaryEvents.regionRegistered;
import static id.simonev.reporting.summary.SummaryEvents.responseSubmitted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.platform.problem.ProblemType;
import id.simonev.reporting.ReadModels;
import id.simonev.reporting.evaluation.EvaluationEvents;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import id.simonev.testing.Topics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rebuild of the read models from the real topics, while the live consumer goes on: the rebuilt
 * tables hold what the incrementally kept ones held, row for row, and the API answers the same; an
 * event published during a rebuild is in the read models after it, once. The topics are shared with the
 * other test classes, so a rebuild replays their events too, and the comparison covers them.
 */
@QuarkusTest
class ReadModelRebuildTests {

    private static final String REBUILDS = "/api/v1/admin/read-models/rebuilds";
    private static final String PROVINCE = "31";
    /**
     * Columns that say when a row was written or name it at random, not what the events said: the time
     * an event was applied, and a dead letter's own id and the time it failed. A rebuild writes these anew.
     */
    private static final Map<String, Set<String>> NOT_FROM_EVENTS = Map.of(
            "processed_event", Set.of("processed_at"),
            "dead_letter_event", Set.of("id", "failed_at"));

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theRebuiltReadModelsEqualTheIncrementalOnesAndTakeOver() {
        String city = PROVINCE + ".71";
        String programId = UUID.randomUUID().toString();
        List<ObjectNode> events = everyKindOfEvent(city, programId);
        events.forEach(ReadModels::publish);
        String notAnEvent = "not an event, for " + city;
        Topics.publish(Topics.PROGRAMS, city, notAnEvent);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().allMatch(this::appliedOnce)
                && deadLetters(notAnEvent) == 1);
        Map<String, List<String>> incremental = settledReadModels();
        assertTrue(incremental.keySet().containsAll(Set.of("processed_event", "dead_letter_event", "region",
                "program_summary", "unit_ikm", "indicator_capaian", "program_evaluation",
                "program_evaluation_participant", "program_reaction_item")), incremental.keySet()::toString);
        String summary = summary(city).statusCode(200).extract().asString();
        String evaluation = evaluation(programId).statusCode(200).extract().asString();
        List<String> names = indexAndConstraintNames();

        ValidatableResponse started = start(Tokens.admin()).statusCode(202).body("state", equalTo("RUNNING"))
                .body("startedBy", notNullValue());
        String id = started.extract().path("id");
        started.header("Location", endsWith(REBUILDS + "/" + id));
        Refusal.of(ProblemType.CONFLICT).check(this::rebuildsRecorded, () -> start(Tokens.admin()));
        Refusal.byRole().check(this::rebuildsRecorded, () -> start(Tokens.analyst(PROVINCE)));
        awaitDone(id).body("percent", equalTo(100)).body("eventsRead", greaterThanOrEqualTo(events.size() + 1));

        // Level 4's headline is computed from the rows within a second of taking over, as after any event.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(incremental, readModels()));
        assertEquals(names, indexAndConstraintNames());
        assertEquals(summary, summary(city).statusCode(200).extract().asString());
        assertEquals(evaluation, evaluation(programId).statusCode(200).extract().asString());
        rebuild(REBUILDS + "/current").statusCode(200).body("id", equalTo(id)).body("state", equalTo("DONE"));
    }

    @Test
    void anEventPublishedDuringARebuildIsInTheReadModelsAfterItOnce() throws SQLException {
        String city = PROVINCE + ".72";
        List<ObjectNode> before = List.of(regionRegistered(PROVINCE, null), regionRegistered(city, PROVINCE),
                response(city));
        before.forEach(ReadModels::publish);
        await().atMost(Duration.ofSeconds(30)).until(() -> before.stream().allMatch(this::appliedOnce));

        ObjectNode whileRunning = response(city);
        ObjectNode whileSwapping = response(city);
        String id;
        // Holding the read models' lock as a live batch would: the rebuild gets as far as the swap and waits.
        try (Connection liveBatch = dataSource.getConnection()) {
            liveBatch.setAutoCommit(false);
            try (PreparedStatement lock = liveBatch.prepareStatement("select 1 from pg_advisory_xact_lock(?)")) {
                lock.setLong(1, ReadModelConsumer.READ_MODELS_LOCK);
                lock.execute();
            }
            id = start(Tokens.admin()).statusCode(202).extract().path("id");
            Topics.publish(Topics.SURVEYS, city, whileRunning.toString());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> rebuild(REBUILDS + "/" + id)
                    .body("state", equalTo("SWAPPING")).body("eventsRead", greaterThan(0))
                    .body("partitions.topic", hasItems(Topics.PROGRAMS, Topics.SURVEYS, Topics.PERFORMANCE)));
            Topics.publish(Topics.SURVEYS, city, whileSwapping.toString());
            liveBatch.commit();
        }
        awaitDone(id);

        // One key, so one partition: once this later one is applied, the live consumer has seen the two before it.
        ObjectNode after = response(city);
        Topics.publish(Topics.SURVEYS, city, after.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedOnce(after));
        assertEquals(List.of(true, true), List.of(appliedOnce(whileRunning), appliedOnce(whileSwapping)));
        summary(city).statusCode(200).body("surveyResponses", equalTo(4))
                .body("serviceUnits.responses", hasItems(4));
    }

    /**
     * The tables come from the catalog: one added later is rebuilt without anyone naming it (here from no
     * event, so empty), and a serial column draws from a sequence of the new table's own.
     */
    @Test
    void aTableAddedLaterIsRebuiltTooWithASequenceOfItsOwn() {
        execute("create table serial_probe (id bigserial primary key, note text)");
        try {
            execute("insert into serial_probe (note) values ('before the rebuild')");
            awaitDone(start(Tokens.admin()).statusCode(202).extract().path("id"));

            assertEquals(0, count("select count(*) from serial_probe"));
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "insert into serial_probe (note) values ('after') returning id").getSingleResult()).longValue()));
            assertEquals(List.of("public.serial_probe_id_seq", "retired.serial_probe_id_seq"),
                    QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            select pg_get_serial_sequence(probe, 'id')
                            from unnest(array['public.serial_probe', 'retired.serial_probe']) probe""", String.class)
                            .getResultList()));
        } finally {
            execute("drop table if exists serial_probe");
        }
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }

    /** Of each of the three producers: the register, a program's plan and its evaluation, reactions, SKM, capaian. */
    private static List<ObjectNode> everyKindOfEvent(String city, String programId) {
        EvaluationEvents program = new EvaluationEvents(programId);
        List<ObjectNode> events = new ArrayList<>(List.of(regionRegistered(PROVINCE, null),
                regionRegistered(city, PROVINCE), programScheduled(city, UUID.randomUUID().toString()),
                response(city), responseSubmitted(city, "PKM-" + city, 2, 3, 4, 4, 3, 2, 4, 3, 4),
                realisationRecorded(city, "IKU-REBUILD", "2026-Q1", "2026-03-31", 7, "100"),
                program.planned("ProgramScheduled", 0, "Pelatihan Kepemimpinan", "SCHEDULED"),
                program.statusChanged(5, "SCHEDULED", "RUNNING"),
                program.enrolled(10, 1), program.enrolled(11, 2), program.enrolled(12, 3),
                program.scores(20, 1, 50, 80), program.scores(21, 2, 60, 70),
                program.withdrawn(30, 3, "HEALTH"),
                program.finished(40, 1, 50, 80), program.finished(41, 2, 60, 70, "ATTENDANCE_BELOW_80_PERCENT"),
                program.expense(50, 10_000_000, 10_000_000), program.benefitEstimated(60, 25_000_000, null),
                program.linksIssued(70, 2, 0)));
        for (int participant = 1; participant <= 2; participant++) {
            Map<String, Integer> delivery = new TreeMap<>(Map.of("D1", 3 + participant));
            for (int item = 2; item <= 8; item++) {
                delivery.put("D" + item, 4);
            }
            events.add(program.reactionSubmitted(80 + participant, List.of(EvaluationEvents.section(
                    "PENYELENGGARAAN", null, null, delivery))));
        }
        return events;
    }

    private static ObjectNode response(String city) {
        return responseSubmitted(city, "PKM-" + city, 4, 4, 4, 4, 4, 4, 4, 4, 4);
    }

    private static ValidatableResponse start(String token) {
        return given().auth().oauth2(token).when().post(REBUILDS).then();
    }

    private static ValidatableResponse rebuild(String path) {
        return given().auth().oauth2(Tokens.admin()).when().get(path).then();
    }

    /**
     * Waits, a bounded time, until rebuild {@code id} is no longer under way, and checks that it is done
     * and that its tables answer: every event was recorded as applied after it started.
     */
    private ValidatableResponse awaitDone(String id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> Set.of("DONE",
                "FAILED").contains(rebuild(REBUILDS + "/" + id).extract().<String>path("state")));
        ValidatableResponse done = rebuild(REBUILDS + "/" + id).statusCode(200).body("state", equalTo("DONE"))
                .body("finishedAt", notNullValue());
        Instant started = Instant.parse(done.extract().path("startedAt"));
        assertEquals(0, count("select count(*) from processed_event where processed_at < ?1", started),
                "events recorded before the rebuild started: the rebuilt tables do not answer");
        return done;
    }

    private static ValidatableResponse summary(String city) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/regions/" + city + "/summary")
                .then();
    }

    private static ValidatableResponse evaluation(String programId) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/programs/" + programId + "/evaluation")
                .then();
    }

    private boolean appliedOnce(ObjectNode event) {
        return count("select count(*) from processed_event where event_id = ?1",
                UUID.fromString(event.path("id").asText())) == 1;
    }

    private long deadLetters(String record) {
        return count("select count(*) from dead_letter_event where record = ?1", record);
    }

    private long rebuildsRecorded() {
        return count("select count(*) from read_model_rebuild");
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /** The names of the read models' indexes and constraints: those a later migration may name. */
    @SuppressWarnings("unchecked")
    private List<String> indexAndConstraintNames() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select indexname from pg_indexes where schemaname = 'public'
                union all
                select conrelid::regclass || '.' || conname from pg_constraint
                where connamespace = 'public'::regnamespace
                order by 1""", String.class).getResultList());
    }

    /**
     * The read models once the live consumer has nothing more to apply: two looks a second apart that
     * agree (the other test classes' last events may still be arriving), and no level-4 headline left for
     * the refresher to compute.
     */
    private Map<String, List<String>> settledReadModels() {
        List<Map<String, List<String>>> looks = new ArrayList<>(List.of(readModels()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            looks.add(readModels());
            return looks.get(looks.size() - 1).equals(looks.get(looks.size() - 2))
                    && count("select count(*) from program_evaluation where results_stale") == 0;
        });
        return looks.get(looks.size() - 1);
    }

    /**
     * Every read model's rows as text, sorted, table by table: every table of the schema but Flyway's
     * history and the rebuilds' record, whatever its name, so that a read model added later is compared too.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> readModels() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> rows = new TreeMap<>();
            List<String> tables = entityManager.createNativeQuery("""
                    select tablename from pg_tables where schemaname = 'public'
                        and tablename not in ('flyway_schema_history', 'read_model_rebuild')""", String.class)
                    .getResultList();
            for (String table : tables) {
                List<String> columns = ((List<String>) entityManager.createNativeQuery("""
                                select column_name from information_schema.columns
                                where table_schema = 'public' and table_name = ?1 order by ordinal_position""",
                        String.class).setParameter(1, table).getResultList()).stream()
                        .filter(column -> !NOT_FROM_EVENTS.getOrDefault(table, Set.of()).contains(column))
                        .map(column -> '"' + column + '"')
                        .toList();
                rows.put(table, ((List<String>) entityManager.createNativeQuery(
                        "select row(" + String.join(", ", columns) + ")::text from \"" + table + "\" order by 1",
                        String.class).getResultList()));
            }
            return rows;
        });
    }
}
