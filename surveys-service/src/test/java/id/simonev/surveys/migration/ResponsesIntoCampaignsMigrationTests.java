package id.simonev.surveys.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.testing.MigrationSchema;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The responses stored before campaigns existed move into one closed campaign per unit and
 * quarter: none is lost, each keeps its answers, and the sums the IKM is computed from do not change.
 * Runs the service's real migrations in a schema of its own: up to version 1, with responses as
 * the old endpoint stored them, then to the latest.
 */
class ResponsesIntoCampaignsMigrationTests {

    private final MigrationSchema schema = new MigrationSchema("simonev_surveys_test");

    @BeforeEach
    void responsesStoredByTheOldEndpoint() throws SQLException {
        schema.resetTo("1");
        schema.execute("""
                insert into service_unit (code, name, agency_code, region_code, yearly_service_users, active) values
                    ('PKM-A', 'Puskesmas A', 'DINKES-MKS', '73.71', 1200, true),
                    ('PKM-B', 'Puskesmas B', 'DINKES-KPG', '53.71', null, true)""");
        schema.execute("""
                insert into skm_response (id, service_unit_code, region_code, survey_date, answers, gender, age,
                                          submitted_at, submitted_by) values
                    ('00000000-0000-4000-8000-000000000001', 'PKM-A', '73.71', '2025-01-02', '{4,4,3,4,3,3,4,3,4}', 'P', 34, now(), 'op'),
                    ('00000000-0000-4000-8000-000000000002', 'PKM-A', '73.71', '2025-02-14', '{3,3,3,3,3,3,3,3,3}', null, null, now(), 'op'),
                    ('00000000-0000-4000-8000-000000000003', 'PKM-A', '73.71', '2025-03-31', '{4,3,4,4,4,4,4,3,3}', 'L', 51, now(), 'op'),
                    ('00000000-0000-4000-8000-000000000004', 'PKM-A', '73.71', '2025-04-01', '{2,3,3,4,3,4,4,3,2}', null, null, now(), 'op'),
                    ('00000000-0000-4000-8000-000000000005', 'PKM-A', '73.71', '2025-06-30', '{1,2,3,4,1,2,3,4,1}', null, null, now(), 'op'),
                    ('00000000-0000-4000-8000-000000000006', 'PKM-B', '53.71', '2025-03-01', '{4,4,4,4,4,4,4,4,4}', null, null, now(), 'op')""");
    }

    @Test
    void everyResponseMovesIntoTheClosedCampaignOfItsUnitAndQuarterWithItsAnswersAndSums() throws SQLException {
        schema.migrateToLatest();

        assertEquals(List.of(
                        "PKM-A|DINKES-MKS|73.71|2025-01-01|2025-03-31|CLOSED|SKM|3|92",
                        "PKM-A|DINKES-MKS|73.71|2025-04-01|2025-06-30|CLOSED|SKM|2|49",
                        "PKM-B|DINKES-KPG|53.71|2025-01-01|2025-03-31|CLOSED|SKM|1|36"),
                schema.rows("""
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
                schema.rows("""
                        select id, answers, index_points, gender, age, channel, survey_date
                        from survey_response order by id"""));
        assertEquals(List.of("true"), schema.rows("select to_regclass('skm_response') is null"));
    }
}
