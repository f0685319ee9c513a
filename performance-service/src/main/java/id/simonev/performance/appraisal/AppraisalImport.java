package id.simonev.performance.appraisal;

import id.simonev.performance.predicate.Rating;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appraisals from a CSV file as e-Kinerja exports them, one row per employee and period, each
 * recorded as a single appraisal is ({@link AppraisalService#recordOnce}): the file keeps no rules
 * of its own.
 */
@ApplicationScoped
class AppraisalImport {

    static final CsvColumn NIP = CsvColumn.required("nip", "nip_pegawai");
    static final CsvColumn PERIOD = CsvColumn.required("period", "periode");
    static final CsvColumn HASIL_KERJA = CsvColumn.required("hasilKerja", "hasil_kerja");
    static final CsvColumn PERILAKU_KERJA = CsvColumn.required("perilakuKerja", "perilaku_kerja", "perilaku");
    static final CsvColumn APPRAISER = CsvColumn.optional("appraiserNip", "nip_penilai", "nip_atasan");
    static final CsvColumn APPRAISED_ON = CsvColumn.optional("appraisedOn", "tanggal_penilaian", "tanggal");

    /** The ratings by their names, the regulation's words, and the words run together as exports write them. */
    private static final Map<String, Rating> RATINGS = ratings();

    private final AppraisalService service;
    private final CsvImport<NewAppraisal> appraisals;

    AppraisalImport(AppraisalService service, Validator validator) {
        this.service = service;
        this.appraisals = CsvImport.of(List.of(NIP, PERIOD, HASIL_KERJA, PERILAKU_KERJA, APPRAISER, APPRAISED_ON),
                        AppraisalImport::appraisal)
                .validatedBy(validator)
                .uniqueBy(PERIOD, appraisal -> appraisal.nip() + " " + appraisal.period());
    }

    @Transactional
    public ImportSummary run(byte[] file, boolean dryRun, Caller caller) {
        return appraisals.run(file, dryRun, (lines, tally) -> EachEntry.write(lines, tally, NIP, appraisal -> {
            service.recordOnce(appraisal, caller);
            return Outcome.CREATED;
        }));
    }

    private static NewAppraisal appraisal(CsvRow row) {
        return new NewAppraisal(row.text(NIP), row.text(PERIOD), row.oneOf(HASIL_KERJA, RATINGS),
                row.oneOf(PERILAKU_KERJA, RATINGS), row.text(APPRAISER), row.date(APPRAISED_ON));
    }

    private static Map<String, Rating> ratings() {
        Map<String, Rating> ratings = new HashMap<>();
        for (Rating rating : Rating.values()) {
            String words = rating.indonesianName().toUpperCase();
            ratings.put(rating.name(), rating);
            ratings.put(words, rating);
            ratings.put(words.replace("DI ATAS", "DIATAS").replace("DI BAWAH", "DIBAWAH"), rating);
        }
        return ratings;
    }
}
