package id.simonev.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as a CSV that Excel opens as it is and any CSV reader reads: RFC 4180, UTF-8
 * with a byte order mark (without it Excel reads the file in the machine's code page and garbles
 * names written with accents or in other scripts), lines ending in CRLF.
 *
 * <p>A value holding a comma, a quote or a line break is quoted, its quotes doubled; so is one
 * holding a semicolon, the separator of Excel in the Indonesian locale, so that the file still
 * reads as the same values there, and through the platform's CSV import, which accepts either.
 */
final class CsvExportWriter {

    private static final int BUFFER_SIZE = 64 * 1024;

    private CsvExportWriter() {
    }

    static void write(ExportSheet sheet, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_SIZE);
        writer.write('\uFEFF');
        List<ExportColumn> columns = sheet.columns();
        for (int i = 0; i < columns.size(); i++) {
            field(writer, i, FormulaNeutraliser.neutralise(columns.get(i).header()));
        }
        writer.write("\r\n");
        sheet.writeRows(values -> {
            for (int i = 0; i < values.length; i++) {
                field(writer, i, columns.get(i).displayed(values[i]));
            }
            writer.write("\r\n");
        });
        writer.flush();
    }

    private static void field(Writer writer, int index, String value) throws IOException {
        if (index > 0) {
            writer.write(',');
        }
        if (value.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n')) {
            writer.write(value);
            return;
        }
        writer.write('"');
        writer.write(value.replace("\"", "\"\""));
        writer.write('"');
    }
}
