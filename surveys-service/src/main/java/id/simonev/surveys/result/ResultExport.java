package id.simonev.surveys.result;

import id.simonev.platform.export.Export;
import id.simonev.platform.export.ExportColumn;
import id.simonev.platform.export.ExportSheet;
import id.simonev.platform.export.RowSink;
import id.simonev.surveys.campaign.Campaign;
import id.simonev.surveys.index.IndexResult;
import id.simonev.surveys.index.Interval;
import id.simonev.surveys.instrument.InstrumentItem;
import id.simonev.surveys.instrument.InstrumentVersion;
import id.simonev.surveys.response.ResponseExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campaign's result as the office files it: the sheet "IKM" (each element's NRR with its
 * interval and band, then the IKM), the respondents' profile, and every answer sheet.
 */
@ApplicationScoped
class ResultExport {

    private static final List<ExportColumn> IKM_COLUMNS = List.of(ExportColumn.text("Kode"),
            ExportColumn.text("Unsur"), ExportColumn.integer("Responden"), ExportColumn.decimal("NRR", 4),
            ExportColumn.decimal("NRR tertimbang", 4), ExportColumn.decimal("IKM", 2),
            ExportColumn.decimal("Batas bawah 95%", 4), ExportColumn.decimal("Batas atas 95%", 4),
            ExportColumn.text("Mutu"), ExportColumn.text("Kinerja"), ExportColumn.text("Mutu pasti"));
    private static final List<ExportColumn> PROFILE_COLUMNS = List.of(ExportColumn.text("Profil"),
            ExportColumn.text("Kategori"), ExportColumn.integer("Responden"));

    private final ResponseExport responses;

    ResultExport(ResponseExport responses) {
        this.responses = responses;
    }

    Export of(Campaign campaign, InstrumentVersion version, CampaignResult result) {
        String name = "ikm-" + (campaign.publicCode != null ? campaign.publicCode : campaign.id.toString());
        return Export.of(name, new ExportSheet("IKM", IKM_COLUMNS, sink -> ikm(version, result.index(), sink)),
                new ExportSheet("Profil", PROFILE_COLUMNS, sink -> profile(result.profile(), sink)),
                responses.answers(campaign, version));
    }

    private static void ikm(InstrumentVersion version, IndexResult index, RowSink sink) {
        if (index == null) {
            return;
        }
        Map<String, InstrumentItem> items = version.items().stream()
                .collect(Collectors.toMap(InstrumentItem::code, Function.identity()));
        for (IndexResult.Element element : index.elements()) {
            Interval interval = element.nrrInterval();
            sink.row(element.code(), items.get(element.code()).name(), index.responses(), element.nrr(),
                    element.weightedNrr(), null, interval == null ? null : interval.lower(),
                    interval == null ? null : interval.upper(), element.mutu().name(), element.kinerja(), null);
        }
        Interval interval = index.ikmInterval();
        sink.row("IKM", "Indeks Kepuasan Masyarakat", index.responses(), null, index.weightedNrrSum(), index.ikm(),
                interval == null ? null : interval.lower(), interval == null ? null : interval.upper(),
                index.mutu().name(), index.kinerja(),
                index.settled() == null ? null : index.settled() ? "Ya" : "Tidak: " + index.mutuSpanned().stream()
                        .map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static void profile(RespondentProfile profile, RowSink sink) {
        Map<String, Map<String, Long>> dimensions = Map.of("Jenis kelamin", profile.gender(), "Umur",
                profile.ageBand(), "Pendidikan", profile.education(), "Pekerjaan", profile.occupation());
        for (String dimension : List.of("Jenis kelamin", "Umur", "Pendidikan", "Pekerjaan")) {
            dimensions.get(dimension).forEach((category, count) -> sink.row(dimension, category, count));
        }
    }
}
