package id.simonev.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as an XLSX workbook, streamed with POI's SXSSF: only the last {@value #ROW_WINDOW}
 * rows of a sheet stay in memory, the rows before them wait in compressed temporary files, which
 * are removed whatever happens. The workbook reaches the stream once every row is written (its
 * zip is assembled at the end), so a source that fails sends nothing.
 *
 * <p>Each sheet has a bold header row that stays in view when scrolling, cells typed by their
 * column (numbers and dates as numbers with the column's format, text as plain strings: never a
 * formula) and columns as wide as their longest value in characters, up to
 * {@value #WIDEST_COLUMN}. The width is counted while the rows pass, since POI's autosize would
 * measure every row with fonts and only sees the rows still in memory.
 */
final class XlsxExportWriter {

    static final int ROW_WINDOW = 100;
    static final int WIDEST_COLUMN = 60;

    private XlsxExportWriter() {
    }

    /**
     * Disposes of the temporary files before closing the workbook, though closing would too: after a
     * source failed, closing alone shuts the files first and then logs a warning with a stack trace
     * that it could not flush the rows still in memory into them, which reads like a leak and is not.
     */
    @SuppressWarnings("deprecation")
    static void write(List<ExportSheet> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            for (ExportSheet sheet : sheets) {
                new SheetWriter(workbook.createSheet(sheet.name()), sheet, styles).writeRows();
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** One style per number format, and the header's: a workbook holds at most 64,000 styles. */
    private static final class Styles {

        private final SXSSFWorkbook workbook;
        private final Map<String, CellStyle> byFormat = new HashMap<>();
        private final CellStyle header;

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
        }

        CellStyle of(ExportColumn column) {
            return byFormat.computeIfAbsent(column.numberFormat(), format -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                return style;
            });
        }
    }

    private static final class SheetWriter implements ExportSheet.RowWriter {

        private final SXSSFSheet target;
        private final ExportSheet sheet;
        private final List<ExportColumn> columns;
        private final CellStyle[] styles;
        private final int[] widths;
        private int nextRow;

        SheetWriter(SXSSFSheet target, ExportSheet sheet, Styles styles) {
            this.target = target;
            this.sheet = sheet;
            this.columns = sheet.columns();
            this.styles = columns.stream().map(styles::of).toArray(CellStyle[]::new);
            this.widths = new int[columns.size()];
            Row header = target.createRow(nextRow++);
            for (int i = 0; i < columns.size(); i++) {
                String text = FormulaNeutraliser.neutralise(columns.get(i).header());
                Cell cell = header.createCell(i);
                cell.setCellValue(text);
                cell.setCellStyle(styles.header);
                widths[i] = text.length();
            }
            target.createFreezePane(0, 1);
        }

        void writeRows() {
            sheet.writeRows(this);
            for (int i = 0; i < widths.length; i++) {
                target.setColumnWidth(i, (Math.min(widths[i], WIDEST_COLUMN) + 2) * 256);
            }
        }

        @Override
        public void write(Object[] values) {
            Row row = target.createRow(nextRow++);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                ExportColumn column = columns.get(i);
                String displayed = column.displayed(values[i]);
                Cell cell = row.createCell(i);
                switch (column.kind()) {
                    case TEXT -> cell.setCellValue(displayed);
                    case INTEGER, DECIMAL -> cell.setCellValue(column.number(values[i]).doubleValue());
                    case DATE -> cell.setCellValue(column.date(values[i]));
                }
                cell.setCellStyle(styles[i]);
                widths[i] = Math.max(widths[i], displayed.length());
            }
        }
    }
}
