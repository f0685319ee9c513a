package id.simonev.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A service's real migrations, run in a schema of their own in the service's test database, so
 * that a test can take the schema to an old version, store rows as the old code did, migrate to
 * the latest, and read what became of them.
 */
public final class MigrationSchema {

    private static final String SCHEMA = "migration_test";

    private final String url;

    /** @param database the service's test database without the suffix, e.g. {@code simonev_surveys_test} */
    public MigrationSchema(String database) {
        this.url = "jdbc:postgresql://" + env("SIMONEV_DB_HOST", "127.0.0.1") + ":" + env("SIMONEV_DB_PORT", "5432")
                + "/" + database + env("SIMONEV_TEST_DB_SUFFIX", "") + "?currentSchema=" + SCHEMA;
    }

    /** Empties the schema and migrates it up to {@code version}. */
    public void resetTo(String version) {
        flyway("latest").clean();
        flyway(version).migrate();
    }

    public void migrateToLatest() {
        flyway("latest").migrate();
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** The rows {@code sql} selects, each as its values joined by {@code |}. */
    public List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, "postgres", null).schemas(SCHEMA).cleanDisabled(false)
                .locations("classpath:db/platform", "classpath:db/outbox", "classpath:db/inbox",
                        "classpath:db/migration")
                .target(target).load();
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
