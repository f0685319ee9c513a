package id.simonev.performance.indicator;

import id.simonev.performance.capaian.Aggregation;
import id.simonev.performance.capaian.Direction;
import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvImport;
import id.simonev.platform.csv.CsvRow;
import id.simonev.platform.csv.EachEntry;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators from a CSV file, one row per indicator, each defined as a single indicator is
 * ({@link IndicatorService#defineOnce}): the file keeps no rules of its own. Each column is named
 * as the JSON field it feeds, so that a refusal of a field lands on its column; the words
 * Indonesian offices write (satuan, arah, periode, agregasi) are accepted beside the names.
 */
@ApplicationScoped
class IndicatorImport {

    static final CsvColumn CODE = CsvColumn.required("code", "kode", "kode_indikator");
    static final CsvColumn NAME = CsvColumn.required("name", "nama", "nama_indikator");
    static final CsvColumn AGENCY = CsvColumn.required("agencyCode", "kode_instansi", "instansi");
    static final CsvColumn SERVICE_UNIT = CsvColumn.optional("serviceUnitCode", "kode_unit", "kode_unit_layanan");
    static final CsvColumn UNIT = CsvColumn.required("unit", "satuan");
    static final CsvColumn DIRECTION = CsvColumn.required("direction", "arah");
    static final CsvColumn PERIOD_TYPE = CsvColumn.required("periodType", "periode", "jenis_periode");
    static final CsvColumn AGGREGATION = CsvColumn.required("aggregation", "agregasi");
    static final CsvColumn ABOVE_HUNDRED = CsvColumn.optional("allowsAboveHundred", "boleh_lebih_100",
            "boleh_di_atas_100");

    /** The words beside each name: what a satuan, arah, periode or agregasi is called in Indonesian. */
    static final Map<String, MeasureUnit> UNITS = withWords(MeasureUnit.values(), Map.of(
            "MENIT", MeasureUnit.MINUTES, "JAM", MeasureUnit.HOURS, "HARI", MeasureUnit.DAYS,
            "PERSEN", MeasureUnit.PERCENT, "%", MeasureUnit.PERCENT, "JUMLAH", MeasureUnit.COUNT,
            "RUPIAH", MeasureUnit.RUPIAH, "RP", MeasureUnit.RUPIAH));
    static final Map<String, Direction> DIRECTIONS = withWords(Direction.values(), Map.of(
            "NAIK", Direction.HIGHER_IS_BETTER, "SEMAKIN TINGGI SEMAKIN BAIK", Direction.HIGHER_IS_BETTER,
            "TURUN", Direction.LOWER_IS_BETTER, "SEMAKIN RENDAH SEMAKIN BAIK", Direction.LOWER_IS_BETTER));
    static final Map<String, PeriodType> PERIOD_TYPES = withWords(PeriodType.values(), Map.of(
            "BULANAN", PeriodType.MONTH, "TRIWULAN", PeriodType.QUARTER, "TRIWULANAN", PeriodType.QUARTER,
            "SEMESTERAN", PeriodType.SEMESTER, "TAHUNAN", PeriodType.YEAR));
    static final Map<String, Aggregation> AGGREGATIONS = withWords(Aggregation.values(), Map.of(
            "KUMULATIF", Aggregation.CUMULATIVE, "TERAKHIR", Aggregation.LAST,
            "RATA-RATA", Aggregation.AVERAGE, "RATA RATA", Aggregation.AVERAGE));
    private static final Map<String, Boolean> YES_NO = Map.of("TRUE", true, "YA", true, "Y", true,
            "FALSE", false, "TIDAK", false, "T", false);

    private final IndicatorService service;
    private final CsvImport<NewIndicator> indicators;

    IndicatorImport(IndicatorService service, Validator validator) {
        this.service = service;
        this.indicators = CsvImport.of(List.of(CODE, NAME, AGENCY, SERVICE_UNIT, UNIT, DIRECTION, PERIOD_TYPE,
                        AGGREGATION, ABOVE_HUNDRED), IndicatorImport::indicator)
                .validatedBy(validator)
                .uniqueBy(CODE, indicator -> indicator.agencyCode() + " " + indicator.code());
    }

    @Transactional
    public ImportSummary run(byte[] file, boolean dryRun, Caller caller) {
        return indicators.run(file, dryRun, (lines, tally) -> EachEntry.write(lines, tally, CODE, indicator -> {
            service.defineOnce(indicator, caller);
            return Outcome.CREATED;
        }));
    }

    private static NewIndicator indicator(CsvRow row) {
        return new NewIndicator(row.text(CODE), row.text(NAME), row.text(AGENCY), row.text(SERVICE_UNIT),
                row.oneOf(UNIT, UNITS), row.oneOf(DIRECTION, DIRECTIONS), row.oneOf(PERIOD_TYPE, PERIOD_TYPES),
                row.oneOf(AGGREGATION, AGGREGATIONS), row.oneOf(ABOVE_HUNDRED, YES_NO));
    }

    private static <E extends Enum<E>> Map<String, E> withWords(E[] values, Map<String, E> words) {
        Map<String, E> accepted = new HashMap<>(words);
        Arrays.stream(values).forEach(value -> accepted.put(value.name(), value));
        return Map.copyOf(accepted);
    }
}
