package id.simonev.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What both formats share: the download answer, and the faults an exporting endpoint can make. */
class ExportTests {

    private static final List<ExportColumn> IKM = List.of(ExportColumn.text("Kode unit"),
            ExportColumn.integer("Responden"), ExportColumn.decimal("IKM", 2));

    private static Export ikm(Consumer<RowSink> rows) {
        return Export.of("ikm-7371-2026", new ExportSheet("IKM", IKM, rows));
    }

    @Test
    void answersWithTheFormatsMediaTypeAndAnAttachmentNamedForIt() throws IOException {
        Response response = ikm(sink -> sink.row("7371010", 120, 88.125)).response(ExportFormat.CSV);

        assertEquals(200, response.getStatus());
        assertEquals("text/csv;charset=UTF-8", response.getMediaType().toString().replace(" ", ""));
        assertEquals("attachment; filename=\"ikm-7371-2026.csv\"",
                response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        assertInstanceOf(StreamingOutput.class, response.getEntity()).write(body);
        assertEquals("\uFEFFKode unit,Responden,IKM\r\n7371010,120,88.13\r\n", body.toString(StandardCharsets.UTF_8));

        Response xlsx = ikm(sink -> sink.row("7371010", 120, 88.125)).response(ExportFormat.XLSX);
        assertEquals(ExportFormat.XLSX_MEDIA_TYPE, xlsx.getMediaType().toString());
        assertEquals("attachment; filename=\"ikm-7371-2026.xlsx\"",
                xlsx.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "ikm 2026", "ikm\"2026", "../ikm", "ikm/2026", "ikm;2026", "ikm\r\n2026", ".ikm",
            "laporan-ikm-triwulan-pertama-kantor-regional-bkn-makassar-dan-kabupaten-kota-di-sulawesi-selatan-2026"})
    void refusesAFileNameThatNeedsQuotingOrEscaping(String fileName) {
        ExportSheet sheet = new ExportSheet("IKM", IKM, sink -> { });
        assertThrows(IllegalArgumentException.class, () -> Export.of(fileName, sheet));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "IKM/2026", "IKM:2026", "[IKM]", "IKM?", "IKM*", "'IKM'",
            "Indeks Kepuasan Masyarakat Tahun 2026"})
    void refusesASheetNameASpreadsheetRefuses(String name) {
        assertThrows(IllegalArgumentException.class, () -> new ExportSheet(name, IKM, sink -> { }));
    }

    @Test
    void refusesTwoSheetsWhoseNamesDifferOnlyInCase() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> Export.of("ikm",
                new ExportSheet("IKM", IKM, sink -> { }), new ExportSheet("ikm", IKM, sink -> { })));
        assertTrue(refusal.getMessage().contains("two sheets named ikm"), refusal.getMessage());
    }

    @Test
    void refusesAnExportWithoutSheetsAndASheetWithoutColumns() {
        assertThrows(IllegalArgumentException.class, () -> Export.of("ikm"));
        assertThrows(IllegalArgumentException.class, () -> new ExportSheet("IKM", List.of(), sink -> { }));
    }

    @ParameterizedTest(name = "{0} decimals")
    @ValueSource(ints = {-1, 0, 11})
    void aDecimalColumnShowsOneToTenDecimals(int decimals) {
        assertThrows(IllegalArgumentException.class, () -> ExportColumn.decimal("IKM", decimals));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aRowThatDoesNotFitTheColumnsNamesTheSheetAndRow(ExportFormat format) {
        Export export = ikm(sink -> {
            sink.row("7371010", 120, 88.125);
            sink.row("7371020", 95);
        });

        IllegalArgumentException fault = assertThrows(IllegalArgumentException.class,
                () -> export.writeTo(format, OutputStream.nullOutputStream()));
        assertEquals("Sheet IKM, row 3: holds 2 values for 3 columns", fault.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aValueOfTheWrongKindNamesTheSheetRowAndColumnButNotTheValue(ExportFormat format) {
        Export text = ikm(sink -> sink.row("7371010", "120", 88.125));
        Export fraction = ikm(sink -> sink.row("7371010", 120.5, 88.125));
        Export nip = ikm(sink -> sink.row("7371010", 196711101992031001L, 88.125));
        Export notANumber = ikm(sink -> sink.row("7371010", 120, Double.NaN));

        assertEquals("Sheet IKM, row 2: column Responden takes a number, not this String", fault(text, format));
        assertEquals("Sheet IKM, row 2: column Responden takes a whole number, not this Double",
                fault(fraction, format));
        assertEquals("Sheet IKM, row 2: column Responden takes a whole number of at most 15 digits"
                + " (export longer ones as text), not this Long", fault(nip, format));
        assertEquals("Sheet IKM, row 2: column IKM takes a finite number, not this Double", fault(notANumber, format));
    }

    private static String fault(Export export, ExportFormat format) {
        return assertThrows(IllegalArgumentException.class,
                () -> export.writeTo(format, OutputStream.nullOutputStream())).getMessage();
    }

    @Test
    void aClientThatGoesAwayStopsTheSourceWithAnIoException() {
        AtomicInteger pushed = new AtomicInteger();
        Export export = ikm(sink -> {
            for (int i = 0; i < 1_000_000; i++) {
                sink.row("7371010", i, 88.125);
                pushed.incrementAndGet();
            }
        });
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };

        IOException fault = assertThrows(IOException.class, () -> export.writeTo(ExportFormat.CSV, gone));
        assertEquals("Connection reset by peer", fault.getMessage());
        assertTrue(pushed.get() < 10_000, pushed + " rows were pushed after the client went away");
    }
}
