package id.simonev.performance.indicator;

import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvImport;
import id.simonev.platform.csv.CsvRow;
import id.simonev.platform.csv.EachEntry;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Targets from a CSV file, one row per indicator and period, the indicator named by its agency and
 * code; each row is set as a single target is ({@link IndicatorService#setTarget}), so a row that
 * repeats a target already set is UNCHANGED and one that changes it is UPDATED. A refusal of the
 * period that names no field (a locked period, one with a realisation, a retired indicator) lands
 * on the period column.
 */
@ApplicationScoped
class TargetImport {

    static final CsvColumn AGENCY = CsvColumn.required("agencyCode", "kode_instansi", "instansi");
    static final CsvColumn INDICATOR = CsvColumn.required("indicatorCode", "kode_indikator", "indikator");
    static final CsvColumn PERIOD = CsvColumn.required("period", "periode");
    static final CsvColumn VALUE = CsvColumn.optional("value", "target", "nilai");
    static final CsvColumn LOWER = CsvColumn.optional("lower", "batas_bawah", "target_bawah");
    static final CsvColumn UPPER = CsvColumn.optional("upper", "batas_atas", "target_atas");

    /** A row: the indicator and period the single PUT names in its path, and its body. */
    record Entry(@NotBlank String agencyCode, @NotBlank String indicatorCode, @NotBlank String period,
                 NewTarget target) {
    }

    private final IndicatorService service;
    private final Validator validator;
    private final CsvImport<Entry> targets;

    TargetImport(IndicatorService service, Validator validator) {
        this.service = service;
        this.validator = validator;
        this.targets = CsvImport.of(List.of(AGENCY, INDICATOR, PERIOD, VALUE, LOWER, UPPER), this::entry)
                .validatedBy(validator)
                .uniqueBy(PERIOD, entry -> entry.agencyCode() + " " + entry.indicatorCode() + " " + entry.period());
    }

    @Transactional
    public ImportSummary run(byte[] file, boolean dryRun, Caller caller) {
        return targets.run(file, dryRun, (lines, tally) -> EachEntry.write(lines, tally, PERIOD, entry ->
                service.setTarget(service.writable(entry.agencyCode(), entry.indicatorCode(), caller),
                        entry.period(), entry.target(), caller).outcome()));
    }

    /** The row, its body checked as the JSON body of a single PUT is (each field named like its column). */
    private Entry entry(CsvRow row) {
        NewTarget target = new NewTarget(row.decimal(VALUE), row.decimal(LOWER), row.decimal(UPPER));
        validator.validate(target).stream().filter(violation -> !row.rejected(violation.getPropertyPath().toString()))
                .forEach(violation -> row.rejectField(violation.getPropertyPath().toString(), violation.getMessage()));
        return new Entry(row.text(AGENCY), row.text(INDICATOR), row.text(PERIOD), target);
    }
}
