package id.simonev.platform.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A download of tables (campaign responses, results) as CSV or XLSX, the same export in either
 * format: its file name without the extension, and its sheets in order. An XLSX holds every sheet;
 * a CSV holds the first (see {@link ExportFormat#CSV}), so an endpoint that offers another sheet as
 * CSV makes an export of that sheet.
 *
 * <p>The file is written while the answer is sent, the rows read as they are written: memory stays
 * the same for ten rows or hundreds of thousands.
 *
 * <p>The file name is kept to letters, digits, dots, hyphens and underscores ({@code ikm-7371-2026}),
 * which every browser and operating system takes as it is in {@code Content-Disposition}.
 */
public record Export(String fileName, List<ExportSheet> sheets) {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public Export {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("An export's file name is 1 to 100 letters, digits, dots, hyphens"
                    + " and underscores, starting with a letter or digit, not " + fileName);
        }
        sheets = List.copyOf(sheets);
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("Export " + fileName + " needs at least one sheet");
        }
        Set<String> names = new HashSet<>();
        for (ExportSheet sheet : sheets) {
            if (!names.add(sheet.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Export " + fileName + " has two sheets named " + sheet.name()
                        + " (a spreadsheet ignores case in sheet names)");
            }
        }
    }

    public static Export of(String fileName, ExportSheet... sheets) {
        return new Export(fileName, List.of(sheets));
    }

    /** The 200 answer that streams the export as an attachment named for the format ({@code ikm-2026.xlsx}). */
    public Response response(ExportFormat format) {
        StreamingOutput body = out -> writeTo(format, out);
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + fileName + "." + format.extension() + "\"")
                .build();
    }

    /** Writes the export; the stream is left open. */
    public void writeTo(ExportFormat format, OutputStream out) throws IOException {
        try {
            format.write(sheets, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
