package id.simonev.performance.realisation;

import id.simonev.performance.indicator.IndicatorService;
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
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Realisations from a CSV file, one row per indicator and period, the indicator named by its
 * agency and code; each row is recorded as a single realisation is
 * ({@link RealisationService#recordOnce}), so the file keeps no rules of its own. A refusal of the
 * period that names no field (a locked period, one already recorded, a retired indicator) lands on
 * the period column.
 */
@ApplicationScoped
class RealisationImport {

    static final CsvColumn AGENCY = CsvColumn.required("agencyCode", "kode_instansi", "instansi");
    static final CsvColumn INDICATOR = CsvColumn.required("indicatorCode", "kode_indikator", "indikator");
    static final CsvColumn PERIOD = CsvColumn.required("period", "periode");
    static final CsvColumn VALUE = CsvColumn.required("value", "realisasi", "nilai");
    static final CsvColumn EVIDENCE = CsvColumn.optional("evidence", "bukti", "sumber_data");

    /** A row: the indicator the single POST names in its path, and its body. */
    record Entry(@NotBlank String agencyCode, @NotBlank String indicatorCode, NewRealisation realisation) {
    }

    private final RealisationService service;
    private final IndicatorService indicators;
    private final Validator validator;
    private final CsvImport<Entry> realisations;

    RealisationImport(RealisationService service, IndicatorService indicators, Validator validator) {
        this.service = service;
        this.indicators = indicators;
        this.validator = validator;
        this.realisations = CsvImport.of(List.of(AGENCY, INDICATOR, PERIOD, VALUE, EVIDENCE), this::entry)
                .validatedBy(validator)
                .uniqueBy(PERIOD, entry -> entry.agencyCode() + " " + entry.indicatorCode() + " "
                        + entry.realisation().period());
    }

    @Transactional
    public ImportSummary run(byte[] file, boolean dryRun, Caller caller) {
        return realisations.run(file, dryRun, (lines, tally) -> EachEntry.write(lines, tally, PERIOD, entry -> {
            service.recordOnce(indicators.writable(entry.agencyCode(), entry.indicatorCode(), caller),
                    entry.realisation(), caller);
            return Outcome.CREATED;
        }));
    }

    /** The row, its body checked as the JSON body of a single POST is (each field named like its column). */
    private Entry entry(CsvRow row) {
        NewRealisation realisation = new NewRealisation(row.text(PERIOD), row.decimal(VALUE), row.text(EVIDENCE));
        validator.validate(realisation).stream()
                .filter(violation -> !row.rejected(violation.getPropertyPath().toString()))
                .forEach(violation -> row.rejectField(violation.getPropertyPath().toString(), violation.getMessage()));
        return new Entry(row.text(AGENCY), row.text(INDICATOR), realisation);
    }
}
