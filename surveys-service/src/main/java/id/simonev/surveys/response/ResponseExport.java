package id.simonev.surveys.response;

import id.simonev.platform.export.Export;
import id.simonev.platform.export.ExportColumn;
import id.simonev.platform.export.ExportSheet;
import id.simonev.platform.export.RowSink;
import id.simonev.surveys.campaign.Campaign;
import id.simonev.surveys.instrument.InstrumentVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * A campaign's answer sheets as a table: one row per sheet, one column per item, then the profile.
 * The rows are read from a cursor while the file is written, in a transaction of their own, so
 * that a campaign of any size downloads in the same memory.
 */
@ApplicationScoped
public class ResponseExport {

    private static final int FETCH_SIZE = 1000;

    private final EntityManager entityManager;

    ResponseExport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The campaign's download: its answer sheets, named after its code or id. */
    public Export of(Campaign campaign, InstrumentVersion version) {
        return Export.of("skm-" + (campaign.publicCode != null ? campaign.publicCode : campaign.id.toString()),
                answers(campaign, version));
    }

    /** The sheet "Jawaban": every response of the campaign, in the order they came in. */
    public ExportSheet answers(Campaign campaign, InstrumentVersion version) {
        List<ExportColumn> columns = new ArrayList<>(List.of(ExportColumn.integer("No"),
                ExportColumn.date("Tanggal survei")));
        version.items().forEach(item -> columns.add(ExportColumn.integer(item.code())));
        columns.addAll(List.of(ExportColumn.text("Jenis kelamin"), ExportColumn.integer("Umur"),
                ExportColumn.text("Pendidikan"), ExportColumn.text("Pekerjaan"), ExportColumn.text("Jenis layanan"),
                ExportColumn.text("Saran"), ExportColumn.text("Saluran")));
        return new ExportSheet("Jawaban", columns, sink -> write(campaign, version, sink));
    }

    private void write(Campaign campaign, InstrumentVersion version, RowSink sink) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = entityManager.unwrap(Session.class).createNativeQuery("""
                            select cast(survey_date as text), array_to_string(answers, ','), gender, age, education,
                                   occupation, service_received, suggestion, channel
                            from survey_response where campaign_id = ?1 order by submitted_at, id""", Object[].class)
                    .setParameter(1, campaign.id)
                    .setFetchSize(FETCH_SIZE)
                    .getResultStream();
            try (rows) {
                long[] number = {0};
                rows.forEach(row -> sink.row(line(++number[0], row)));
            }
        });
    }

    private static Object[] line(long number, Object[] row) {
        List<Object> line = new ArrayList<>(List.of(number, LocalDate.parse((String) row[0])));
        for (String answer : ((String) row[1]).split(",", -1)) {
            line.add(Integer.valueOf(answer));
        }
        for (int i = 2; i < row.length; i++) {
            line.add(row[i]);
        }
        return line.toArray();
    }
}
