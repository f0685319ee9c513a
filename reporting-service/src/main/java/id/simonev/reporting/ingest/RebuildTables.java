package id.simonev.reporting.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables a rebuild fills and swaps in, in PostgreSQL's catalog: every table of the {@code public}
 * schema is a read model (those of the projections, the inbox's {@code processed_event} and
 * {@code dead_letter_event}, the register's copy), except Flyway's history and the rebuilds' own record.
 * So a read model added later is rebuilt without anyone having to name it here; a table that is not kept
 * from events (none today) must be named in {@link #NOT_READ_MODELS}, or a rebuild would leave it empty.
 *
 * <p>The new tables are made {@code like} the current ones, {@code including all}, in the schema
 * {@value #REBUILD}; their indexes and constraints are then given the current ones' names, so that a
 * later migration that names one finds it after the swap, and a column whose default draws from a
 * sequence gets a sequence of its own. The swap moves the current tables to {@value #RETIRED} (kept
 * until the next rebuild, for an operator to look back at) and the new ones to {@code public}, in one
 * transaction.
 */
final class RebuildTables {

    static final String REBUILD = "rebuild";
    static final String RETIRED = "retired";
    private static final String CURRENT = "public";
    private static final List<String> NOT_READ_MODELS = List.of("flyway_schema_history", "read_model_rebuild");

    private RebuildTables() {
    }

    /** Empty tables in {@value #REBUILD}, one like each current read model; what a former rebuild left is dropped. */
    static void prepare(Connection connection) throws SQLException {
        inTransaction(connection, () -> {
            execute(connection, "drop schema if exists " + REBUILD + " cascade");
            execute(connection, "drop schema if exists " + RETIRED + " cascade");
            execute(connection, "create schema " + REBUILD);
            for (String table : readModels(connection, CURRENT)) {
                execute(connection, "create table %s.\"%s\" (like %s.\"%s\" including all)"
                        .formatted(REBUILD, table, CURRENT, table));
            }
            ownSequences(connection);
            nameIndexesAsCurrent(connection);
        });
    }

    static List<String> readModels(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select tablename from pg_tables where schemaname = ? and tablename <> all (?) order by tablename""")) {
            query.setString(1, schema);
            query.setArray(2, connection.createArrayOf("text", NOT_READ_MODELS.toArray()));
            return strings(query);
        }
    }

    /**
     * {@code like} copies a {@code serial} column's default, which still draws from the current table's
     * sequence (an identity column gets a new one by itself): each such column gets a sequence of its own.
     */
    private static void ownSequences(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select table_name, column_name from information_schema.columns
                where table_schema = ? and column_default like 'nextval(%'""")) {
            query.setString(1, REBUILD);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        for (String[] column : columns) {
            String sequence = "%s.\"%s_%s_seq\"".formatted(REBUILD, column[0], column[1]);
            execute(connection, "create sequence %s owned by %s.\"%s\".\"%s\""
                    .formatted(sequence, REBUILD, column[0], column[1]));
            execute(connection, "alter table %s.\"%s\" alter column \"%s\" set default nextval('%s')"
                    .formatted(REBUILD, column[0], column[1], sequence.replace("'", "''")));
        }
    }

    /**
     * Gives each new index (and so the constraint it backs) the name of the current index of the same
     * table and definition; through names of their own first, so that no rename meets a name still taken.
     */
    private static void nameIndexesAsCurrent(Connection connection) throws SQLException {
        List<String[]> renames = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                with indexes as (
                    select index_class.relnamespace as schema, table_class.relname as table_name,
                           index_class.relname as name, catalog_index.indisunique as is_unique,
                           catalog_index.indisprimary as is_primary,
                           substring(pg_get_indexdef(catalog_index.indexrelid) from ' USING .*') as definition
                    from pg_index catalog_index
                    join pg_class index_class on index_class.oid = catalog_index.indexrelid
                    join pg_class table_class on table_class.oid = catalog_index.indrelid
                    where index_class.relnamespace in (?::regnamespace, ?::regnamespace))
                select rebuilt.name, live.name
                from indexes rebuilt
                join indexes live using (table_name, is_unique, is_primary, definition)
                where rebuilt.schema = ?::regnamespace and live.schema = ?::regnamespace
                    and rebuilt.name <> live.name""")) {
            query.setString(1, REBUILD);
            query.setString(2, CURRENT);
            query.setString(3, REBUILD);
            query.setString(4, CURRENT);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    renames.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        for (int i = 0; i < renames.size(); i++) {
            execute(connection, "alter index %s.\"%s\" rename to \"rebuild_index_%d\"".formatted(REBUILD,
                    renames.get(i)[0], i));
        }
        for (int i = 0; i < renames.size(); i++) {
            execute(connection, "alter index %s.\"rebuild_index_%d\" rename to \"%s\"".formatted(REBUILD, i,
                    renames.get(i)[1]));
        }
    }

    /**
     * The events the current read models have applied that the new ones have not: those recorded in
     * {@code processed_event}, and the records that were no event at all, kept as dead letters by position.
     */
    static long missingFromRebuild(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("""
                     select (select count(*) from %1$s.processed_event live
                             where not exists (select 1 from %2$s.processed_event rebuilt
                                               where rebuilt.event_id = live.event_id))
                          + (select count(*) from %1$s.dead_letter_event live
                             where live.event_id is null
                               and not exists (select 1 from %2$s.dead_letter_event rebuilt
                                               where rebuilt.event_id is null and rebuilt.topic = live.topic
                                                 and rebuilt.kafka_partition = live.kafka_partition
                                                 and rebuilt.kafka_offset = live.kafka_offset))"""
                     .formatted(CURRENT, REBUILD))) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Whether the new tables have the current ones' columns: not so when a migration ran during the rebuild. */
    static boolean sameColumnsAsCurrent(Connection connection) throws SQLException {
        return columns(connection, CURRENT).equals(columns(connection, REBUILD));
    }

    private static List<String> columns(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                from information_schema.columns
                where table_schema = ? and table_name <> all (?)
                order by table_name, ordinal_position""")) {
            query.setString(1, schema);
            query.setArray(2, connection.createArrayOf("text", NOT_READ_MODELS.toArray()));
            return strings(query);
        }
    }

    static long appliedInRebuild(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("select count(*) from " + REBUILD + ".processed_event")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** In the caller's transaction: the current tables to {@value #RETIRED}, the new ones in their place. */
    static void swap(Connection connection) throws SQLException {
        execute(connection, "create schema " + RETIRED);
        for (String table : readModels(connection, CURRENT)) {
            execute(connection, "alter table %s.\"%s\" set schema %s".formatted(CURRENT, table, RETIRED));
        }
        for (String table : readModels(connection, REBUILD)) {
            execute(connection, "alter table %s.\"%s\" set schema %s".formatted(REBUILD, table, CURRENT));
        }
        execute(connection, "drop schema " + REBUILD);
    }

    private static List<String> strings(PreparedStatement query) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs {@code work} in one transaction of {@code connection}, which is in auto-commit otherwise. */
    static void inTransaction(Connection connection, SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Work on the database that may fail with an {@link SQLException}. */
    interface SqlWork {
        void run() throws SQLException;
    }
}
