package id.simonev.surveys.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The responses stored before campaigns existed move into one closed campaign per unit and
 * quarter: none is lost, each keeps its answers, and the sums the IKM is computed from do not change.
 * Runs the service's real migrations in a schema of its own: up to version 1, with responses as
 * the old endpoint stored them, then to the latest.
 */
class ResponsesIntoCampaignsMigrationTests {

    private static final String SCHEMA = "migration_test";
    private static final String URL = "jdbc:postgresql://" + env("SIMONEV_DB_HOST", "127.0.0.1") + ":"
            + env("SIMONEV_DB_PORT", "5432") + "/simonev_surveys_test" + env("SIMONEV_TEST_DB_SUFFIX", "")
            + "?currentSchema=" + SCHEMA;

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "postgres", null).schemas(SCHEMA).cleanDisabled(false)
                .locations("classpath:db/platform", "classpath:db/outbox", "classpath:db/inbox", "classpath:db/migration")
                .target(target).load();
    }

    @BeforeEach
    void responsesStoredByTheOldEndpoint() throws SQLException {
        flyway("latest").clean();
        flyway("1").migrate();
        try (Connection connection = DriverManager.getConnection(URL, "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    insert into service_unit (code, name, agency_code, region_code, yearly_service_users, active) values
                        ('PKM-A', 'Puskesmas A', 'DINKES-MKS', '73.71', 1200, true),
                        ('PKM-B', 'Puskesmas B', 'DINKES-KPG', '53.71', null, true)""");
            statement.executeUpdate("""
                    insert into skm_response (id, service_unit_code, region_code, survey_date, answers, gender, age,
                                              submitted_at, submitted_by) values
                        ('00000000-0000-4000-8000-000000000001', 'PKM-A', '73.71', '2025-01-02', '{4,4,3,4,3,3,4,3,4}', 'P', 34, now(), 'op'),
                        ('00000000-0000-4000-8000-000000000002', 'PKM-A', '73.71', '2025-02-14', '{3,3,3,3,3,3,3,3,3}', null, null, now(), 'op'),
                        ('00000000-0000-4000-8000-000000000003', 'PKM-A', '73.71', '2025-03-31', '{4,3,4,4,4,4,4,3,3}', 'L', 51, now(), 'op'),
                        ('00000000-0000-4000-8000-000000000004', 'PKM-A', '73.71', '2025-04-01', '{2,3,3,4,3,4,4,3,2}', null, null, now(), 'op'),
                        ('00000000-0000-4000-8000-000000000005', 'PKM-A', '73.71', '2025-06-30', '{1,2,3,4,1,2,3,4,1}', null, null, now(), 'op'),
                        ('00000000-0000-4000-8000-000000000006', 'PKM-B', '53.71', '2025-03-01', '{4,4,4,4,4,4,4,4,4}', null, null, now(), 'op')""");
        }
    }

    @Test
    void everyResponseMovesIntoTheClosedCampaignOfItsUnitAndQuarterWithItsAnswersAndSums() throws SQLException {
        flyway("latest").migrate();

        try (Connection connection = DriverManager.getConnection(URL, "postgres", null);
             Statement statement = connection.createStatement()) {
            assertEquals(List.of(
                            "PKM-A|DINKES-MKS|73.71|2025-01-01|2025-03-31|CLOSED|SKM|3|92",
                            "PKM-A|DINKES-MKS|73.71|2025-04-01|2025-06-30|CLOSED|SKM|2|49",
                            "PKM-B|DINKES-KPG|53.71|2025-01-01|2025-03-31|CLOSED|SKM|1|36"),
                    rows(statement, """
                            select c.service_unit_code, c.agency_code, c.region_code, c.start_date, c.end_date, c.status,
                                   v.instrument_code, count(r.id), sum(r.index_points)
                            from campaign c
                            join instrument_version v on v.id = c.instrument_version_id
                            join survey_response r on r.campaign_id = c.id
                            group by c.id, v.instrument_code
                            order by c.service_unit_code, c.start_date"""));
            assertEquals(List.of(
                            "00000000-0000-4000-8000-000000000001|{4,4,3,4,3,3,4,3,4}|32|P|34|MIGRATED|2025-01-02",
                            "00000000-0000-4000-8000-000000000002|{3,3,3,3,3,3,3,3,3}|27|null|null|MIGRATED|2025-02-14",
                            "00000000-0000-4000-8000-000000000003|{4,3,4,4,4,4,4,3,3}|33|L|51|MIGRATED|2025-03-31",
                            "00000000-0000-4000-8000-000000000004|{2,3,3,4,3,4,4,3,2}|28|null|null|MIGRATED|2025-04-01",
                            "00000000-0000-4000-8000-000000000005|{1,2,3,4,1,2,3,4,1}|21|null|null|MIGRATED|2025-06-30",
                            "00000000-0000-4000-8000-000000000006|{4,4,4,4,4,4,4,4,4}|36|null|null|MIGRATED|2025-03-01"),
                    rows(statement, """
                            select id, answers, index_points, gender, age, channel, survey_date
                            from survey_response order by id"""));
            assertEquals(List.of("true"), rows(statement, "select to_regclass('skm_response') is null"));
        }
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
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
}
