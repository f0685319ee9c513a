package id.simonev.performance.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.testing.MigrationSchema;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The realisations stored before the catalogue join it: an indicator per agency and code, a
 * target per stored target, and every realisation with its value and capaian. Runs the service's
 * real migrations in a schema of its own: up to version 1, with realisations as the old endpoint
 * stored them, then to the latest.
 */
class RealisationsIntoCatalogueMigrationTests {

    private final MigrationSchema schema = new MigrationSchema("simonev_performance_test");

    @BeforeEach
    void realisationsStoredByTheOldEndpoint() throws SQLException {
        schema.resetTo("1");
        schema.execute("""
                insert into realisation (id, indicator_code, agency_code, region_code, period, period_start,
                                         period_end, target, realisation, direction, capaian, recorded_at,
                                         recorded_by) values
                    ('00000000-0000-4000-8000-000000000001', 'IKU-ADUAN', 'DISHUB-MKS', '73.71', '2025-Q1',
                     '2025-01-01', '2025-03-31', 7, 6.5, 'LOWER_IS_BETTER', 107.142857, '2025-04-02T01:00:00Z', 'op'),
                    ('00000000-0000-4000-8000-000000000002', 'IKU-ADUAN', 'DISHUB-MKS', '73.71', '2025-Q2',
                     '2025-04-01', '2025-06-30', 8, 9, 'LOWER_IS_BETTER', 87.5, '2025-07-02T01:00:00Z', 'op'),
                    ('00000000-0000-4000-8000-000000000003', 'IKU-IZIN', 'DISHUB-MKS', '73.71', '2025',
                     '2025-01-01', '2025-12-31', 40, 44, 'HIGHER_IS_BETTER', 110, '2026-01-05T01:00:00Z', 'op'),
                    ('00000000-0000-4000-8000-000000000004', 'IKU-ADUAN', 'DINKES-KPG', '53.71', '2025-03',
                     '2025-03-01', '2025-03-31', 3, 3, 'HIGHER_IS_BETTER', 100, '2025-04-01T01:00:00Z', 'op')""");
    }

    @Test
    void everyRealisationJoinsAnIndicatorOfItsAgencyWithItsTargetAndNothingIsLost() throws SQLException {
        schema.migrateToLatest();

        assertEquals(List.of(
                        "DINKES-KPG|IKU-ADUAN|53.71|COUNT|HIGHER_IS_BETTER|MONTH|CUMULATIVE|true",
                        "DISHUB-MKS|IKU-ADUAN|73.71|COUNT|LOWER_IS_BETTER|QUARTER|AVERAGE|true",
                        "DISHUB-MKS|IKU-IZIN|73.71|COUNT|HIGHER_IS_BETTER|YEAR|CUMULATIVE|true"),
                schema.rows("""
                        select agency_code, code, region_code, unit, direction, period_type, aggregation, active
                        from indicator order by agency_code, code"""));
        assertEquals(List.of(
                        "00000000-0000-4000-8000-000000000001|IKU-ADUAN|DISHUB-MKS|2025-Q1|7|6.5|107.142857|7",
                        "00000000-0000-4000-8000-000000000002|IKU-ADUAN|DISHUB-MKS|2025-Q2|8|9|87.5|8",
                        "00000000-0000-4000-8000-000000000003|IKU-IZIN|DISHUB-MKS|2025|40|44|110|40",
                        "00000000-0000-4000-8000-000000000004|IKU-ADUAN|DINKES-KPG|2025-03|3|3|100|3"),
                schema.rows("""
                        select r.id, i.code, i.agency_code, r.period, r.target, r.realisation, r.capaian, t.value
                        from realisation r
                        join indicator i on i.id = r.indicator_id
                        join indicator_target t on t.indicator_id = i.id and t.period = r.period
                        order by r.id"""));
        assertEquals(List.of("4"), schema.rows("select count(*) from indicator_target"));
    }
}
