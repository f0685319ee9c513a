package id.simonev.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** The XLSX as a spreadsheet reads it back. */
class XlsxExportTests {

    private static final String LONG_SUGGESTION = "Mohon ruang tunggu diperluas dan antrean dibuat daring, "
            + "karena pada hari Senin antrean sampai ke halaman kantor dan banyak lansia berdiri lama";

    private static final Export SKM = Export.of("skm-7371-2026",
            new ExportSheet("Jawaban", List.of(ExportColumn.text("Kode unit"), ExportColumn.date("Tanggal survei"),
                    ExportColumn.integer("U1"), ExportColumn.text("Saran")), sink -> {
                        sink.row("7371010", LocalDate.of(2026, 11, 30), 4, LONG_SUGGESTION);
                        sink.row("7371010", LocalDate.of(2026, 12, 1), 3, "=1+1");
                        sink.row("7371020", LocalDate.of(2026, 12, 2), 2, "+1");
                        sink.row("7371020", null, 1, "-1");
                        sink.row("7371020", LocalDate.of(2026, 12, 3), null, "@SUM(A1)");
                    }),
            new ExportSheet("IKM", List.of(ExportColumn.text("Kode unit"), ExportColumn.integer("Responden"),
                    ExportColumn.decimal("NRR", 4), ExportColumn.decimal("IKM", 2)), sink -> {
                        sink.row("7371010", 120, new BigDecimal("3.52512345"), new BigDecimal("88.128086"));
                        sink.row("7371020", 95L, 3.1, 77.5);
                    }));

    private static XSSFWorkbook written(Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(ExportFormat.XLSX, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void holdsEverySheetInOrderUnderABoldFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = written(SKM)) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertEquals("Jawaban", workbook.getSheetName(0));
            assertEquals("IKM", workbook.getSheetName(1));
            assertEquals(List.of("Kode unit", "Tanggal survei", "U1", "Saran"),
                    texts(workbook.getSheet("Jawaban").getRow(0)));
            assertEquals(List.of("Kode unit", "Responden", "NRR", "IKM"), texts(workbook.getSheet("IKM").getRow(0)));
            for (Sheet sheet : workbook) {
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), sheet.getSheetName());
                assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName());
                for (Cell header : sheet.getRow(0)) {
                    assertTrue(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold(),
                            header.getStringCellValue());
                }
            }
            assertEquals(6, workbook.getSheet("Jawaban").getPhysicalNumberOfRows());
            assertEquals(3, workbook.getSheet("IKM").getPhysicalNumberOfRows());
        }
    }

    @Test
    void numbersAreNumericCellsInTheirColumnsFormatAtFullPrecision() throws IOException {
        try (XSSFWorkbook workbook = written(SKM)) {
            Row row = workbook.getSheet("IKM").getRow(1);

            assertNumber(120, "0", row.getCell(1));
            assertNumber(3.52512345, "0.0000", row.getCell(2));
            assertNumber(88.128086, "0.00", row.getCell(3));
            assertNumber(95, "0", workbook.getSheet("IKM").getRow(2).getCell(1));
            assertNumber(4, "0", workbook.getSheet("Jawaban").getRow(1).getCell(2));
        }
    }

    private static void assertNumber(double expected, String format, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertEquals(expected, cell.getNumericCellValue());
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    @Test
    void datesAreDateCells() throws IOException {
        try (XSSFWorkbook workbook = written(SKM)) {
            Cell cell = workbook.getSheet("Jawaban").getRow(1).getCell(1);

            assertEquals(CellType.NUMERIC, cell.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(cell));
            assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2026, 11, 30), cell.getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void textAFormulaCouldStartWithIsQuotedTextAndNoCellIsAFormula() throws IOException {
        try (XSSFWorkbook workbook = written(SKM)) {
            Sheet responses = workbook.getSheet("Jawaban");
            List<Cell> suggestions = IntStream.rangeClosed(2, 5).mapToObj(row -> responses.getRow(row).getCell(3))
                    .toList();

            assertEquals(List.of("'=1+1", "'+1", "'-1", "'@SUM(A1)"),
                    suggestions.stream().map(Cell::getStringCellValue).toList());
            assertEquals(List.of(CellType.STRING), suggestions.stream().map(Cell::getCellType).distinct().toList());
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().formatAsString());
                    }
                }
            }
        }
    }

    @Test
    void aMissingValueLeavesNoCell() throws IOException {
        try (XSSFWorkbook workbook = written(SKM)) {
            assertNull(workbook.getSheet("Jawaban").getRow(4).getCell(1));
            assertNull(workbook.getSheet("Jawaban").getRow(5).getCell(2));
        }
    }

    @Test
    void columnsAreAsWideAsTheirLongestValueUpToALimit() throws IOException {
        try (XSSFWorkbook workbook = written(SKM)) {
            Sheet responses = workbook.getSheet("Jawaban");

            assertEquals(("Tanggal survei".length() + 2) * 256, responses.getColumnWidth(1));
            assertEquals(("7371010".length() + 2 + 2) * 256, responses.getColumnWidth(0));
            assertTrue(LONG_SUGGESTION.length() > XlsxExportWriter.WIDEST_COLUMN);
            assertEquals((XlsxExportWriter.WIDEST_COLUMN + 2) * 256, responses.getColumnWidth(3));
        }
    }

    @Test
    void streamsTwoHundredThousandRows() throws Exception {
        int rows = 200_000;
        Export export = Export.of("jawaban", new ExportSheet("Jawaban", List.of(ExportColumn.integer("Nomor"),
                ExportColumn.text("Kode unit"), ExportColumn.date("Tanggal survei"), ExportColumn.decimal("NRR", 4)),
                sink -> {
                    for (int i = 1; i <= rows; i++) {
                        sink.row(i, "7371010", LocalDate.of(2026, 1, 1).plusDays(i % 365), 1 + (i % 400) / 100.0);
                    }
                }));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.writeTo(ExportFormat.XLSX, out);

        assertEquals(rows + 1, rowsOfFirstSheet(out.toByteArray()));
    }

    /** Counts the rows with a SAX reader: loading 200,000 rows into XSSF would take gigabytes. */
    private static int rowsOfFirstSheet(byte[] xlsx) throws Exception {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            Iterator<InputStream> sheets = new XSSFReader(workbook).getSheetsData();
            int[] rows = {0};
            try (InputStream sheet = sheets.next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.newSAXParser().parse(sheet, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        if (localName.equals("row")) {
                            rows[0]++;
                        }
                    }
                });
            }
            assertFalse(sheets.hasNext());
            return rows[0];
        }
    }

    private static List<String> texts(Row row) {
        return StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
    }
}
