package id.simonev.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The formats an {@link Export} downloads as. The media types are also constants, for the
 * {@code @Produces} of a download endpoint.
 */
public enum ExportFormat {

    /**
     * One table, the export's first sheet (a CSV has no sheets; the other sheets' rows are not
     * read): for other programs, and for a person who wants plain text.
     */
    CSV(ExportFormat.CSV_MEDIA_TYPE, "csv") {
        @Override
        void write(List<ExportSheet> sheets, OutputStream out) throws IOException {
            CsvExportWriter.write(sheets.get(0), out);
        }
    },

    /** Every sheet, with typed and formatted cells: for a person with a spreadsheet. */
    XLSX(ExportFormat.XLSX_MEDIA_TYPE, "xlsx") {
        @Override
        void write(List<ExportSheet> sheets, OutputStream out) throws IOException {
            XlsxExportWriter.write(sheets, out);
        }
    };

    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name's extension, without the dot. */
    public String extension() {
        return extension;
    }

    abstract void write(List<ExportSheet> sheets, OutputStream out) throws IOException;
}
