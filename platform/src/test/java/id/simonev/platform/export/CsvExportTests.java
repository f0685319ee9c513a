package id.simonev.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The CSV as a program or Excel reads it. */
class CsvExportTests {

    private static final List<ExportColumn> RESPONSES = List.of(ExportColumn.text("Kode unit"),
            ExportColumn.date("Tanggal survei"), ExportColumn.integer("U1"), ExportColumn.text("Saran"));

    private static String csv(Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(ExportFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isUtf8WithAByteOrderMarkAndCrlfLines() throws IOException {
        String csv = csv(Export.of("jawaban", new ExportSheet("Jawaban", RESPONSES,
                sink -> sink.row("7371010", LocalDate.of(2026, 11, 30), 4, "Petugas ramah, ruang tunggu nyaman"))));

        assertEquals("\uFEFFKode unit,Tanggal survei,U1,Saran\r\n"
                + "7371010,2026-11-30,4,\"Petugas ramah, ruang tunggu nyaman\"\r\n", csv);
    }

    @Test
    void quotesCommasSemicolonsQuotesAndLineBreaksAsRfc4180Says() throws IOException {
        String csv = csv(Export.of("saran", new ExportSheet("Saran", List.of(ExportColumn.text("Saran")), sink -> {
            sink.row("a, b");
            sink.row("a; b");
            sink.row("disebut \"cepat\"");
            sink.row("baris satu\nbaris dua");
            sink.row("baris satu\r\nbaris dua");
            sink.row("Pelayanan sudah baik");
        })));

        assertEquals("\uFEFFSaran\r\n"
                + "\"a, b\"\r\n"
                + "\"a; b\"\r\n"
                + "\"disebut \"\"cepat\"\"\"\r\n"
                + "\"baris satu\nbaris dua\"\r\n"
                + "\"baris satu\r\nbaris dua\"\r\n"
                + "Pelayanan sudah baik\r\n", csv);
    }

    @Test
    void neutralisesTextThatAFormulaCouldStartWithAndLeavesNumbersAlone() throws IOException {
        String csv = csv(Export.of("saran", new ExportSheet("Saran",
                List.of(ExportColumn.text("Saran"), ExportColumn.integer("Selisih")), sink -> {
                    sink.row("=1+1", -1);
                    sink.row("+1", 0);
                    sink.row("-1", 1);
                    sink.row("@SUM(A1)", 2);
                    sink.row("=HYPERLINK(\"http://contoh.test\",\"klik\")", 3);
                })));

        assertEquals("\uFEFFSaran,Selisih\r\n"
                + "'=1+1,-1\r\n"
                + "'+1,0\r\n"
                + "'-1,1\r\n"
                + "'@SUM(A1),2\r\n"
                + "\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\",3\r\n", csv);
    }

    @Test
    void writesNumbersAsTheSpreadsheetShowsThem() throws IOException {
        List<ExportColumn> columns = List.of(ExportColumn.integer("Responden"), ExportColumn.decimal("NRR", 4),
                ExportColumn.decimal("IKM", 2));
        String csv = csv(Export.of("ikm", new ExportSheet("IKM", columns, sink -> {
            sink.row(120, new BigDecimal("3.52500000"), new BigDecimal("88.125"));
            sink.row(4.0, 0.1 + 0.2, 88.124999);
            sink.row(BigInteger.valueOf(999_999_999_999_999L), -1.00005, 100);
            sink.row(null, null, null);
        })));

        assertEquals("\uFEFFResponden,NRR,IKM\r\n"
                + "120,3.5250,88.13\r\n"
                + "4,0.3000,88.12\r\n"
                + "999999999999999,-1.0001,100.00\r\n"
                + ",,\r\n", csv);
    }

    @Test
    void holdsTheFirstSheetAndDoesNotReadTheOthers() throws IOException {
        AtomicBoolean ikmRead = new AtomicBoolean();
        String csv = csv(Export.of("skm",
                new ExportSheet("Jawaban", List.of(ExportColumn.text("Kode unit")), sink -> sink.row("7371010")),
                new ExportSheet("IKM", List.of(ExportColumn.decimal("IKM", 2)), sink -> ikmRead.set(true))));

        assertEquals("\uFEFFKode unit\r\n7371010\r\n", csv);
        assertFalse(ikmRead.get());
    }
}
