package id.simonev.platform.csv;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as government offices save it from Excel: UTF-8 with or without a byte order mark,
 * values separated by commas or, in the Indonesian locale, semicolons (told apart on the header
 * line), quoted as RFC 4180 says, lines ending in CRLF or LF. Every record keeps the line it
 * starts on, the header being line 1. Lines that are blank or hold only separators (Excel writes
 * those for formatted empty rows) are no records.
 *
 * <p>A file that cannot be read this way is a 400 problem that says where and why; nothing in it
 * can be a 500.
 */
final class CsvFile {

    /** Beyond this a file is not a register or participant list but a mistake, or an attack. */
    static final int MAX_VALUES_PER_LINE = 200;
    static final int MAX_ROWS = 100_000;

    /** One record: the line it starts on and its values as written (quotes removed, nothing trimmed). */
    record Record(int line, List<String> values) {
    }

    private final List<Record> records;

    private CsvFile(List<Record> records) {
        this.records = records;
    }

    /** The header, the first record. */
    Record header() {
        return records.get(0);
    }

    /** The records below the header. */
    List<Record> rows() {
        return records.subList(1, records.size());
    }

    static CsvFile read(byte[] bytes) {
        String text = decode(bytes);
        List<Record> records = new Reader(text, separator(text)).records();
        if (records.isEmpty()) {
            throw unreadable("The file is empty: its first line must name the columns", null);
        }
        if (records.size() == 1) {
            throw unreadable("The file holds a header but no rows", null);
        }
        return new CsvFile(records);
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                throw unreadable("The file holds the NUL character, so it is not a text file",
                        lineAt(text, nul));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw unreadable("The file is not UTF-8 text: in Excel, save it as \"CSV UTF-8 (Comma delimited)\"",
                    null);
        }
    }

    /** A semicolon where the header holds more semicolons than commas outside quotes, a comma otherwise. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    static ProblemException unreadable(String message, Integer line) {
        String detail = line == null ? message : "Line " + line + ": " + message;
        return new ProblemException(ProblemType.INVALID_REQUEST, detail,
                List.of(new Problem.Violation("file", message, line)));
    }

    /** Reads records one character at a time, as RFC 4180 describes them. */
    private static final class Reader {

        private final String text;
        private final char separator;
        private int position;
        private int line = 1;

        Reader(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<Record> records() {
            List<Record> records = new ArrayList<>();
            while (position < text.length()) {
                int start = line;
                List<String> values = record();
                if (values.stream().anyMatch(value -> !value.isBlank())) {
                    if (records.size() > MAX_ROWS) {
                        throw unreadable("The file holds more than " + MAX_ROWS + " rows: split it", start);
                    }
                    records.add(new Record(start, values));
                }
            }
            return records;
        }

        /** Reads one record, up to and including its line end. */
        private List<String> record() {
            int start = line;
            List<String> values = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                        value.append('"');
                        position++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        countLineEnd(c);
                        value.append(c);
                    }
                } else if (c == '"' && value.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == separator) {
                    add(values, value, start);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    endLine(c);
                    add(values, value, start);
                    return values;
                } else if (wasQuoted) {
                    throw unreadable("a quoted value must be followed by a separator or the end of the line; "
                            + "write a quote inside a quoted value as two quotes (\"\")", line);
                } else {
                    value.append(c);
                }
            }
            if (quoted) {
                throw unreadable("a quoted value opened here is never closed", start);
            }
            add(values, value, start);
            return values;
        }

        private void add(List<String> values, StringBuilder value, int start) {
            if (values.size() == MAX_VALUES_PER_LINE) {
                throw unreadable("holds more than " + MAX_VALUES_PER_LINE + " values", start);
            }
            values.add(value.toString());
            value.setLength(0);
        }

        /** Counts a line end inside a quoted value, where it stays part of the value. */
        private void countLineEnd(char c) {
            if (c == '\n' || (c == '\r' && (position >= text.length() || text.charAt(position) != '\n'))) {
                line++;
            }
        }

        /** Ends a record at LF, CRLF or a lone CR. */
        private void endLine(char c) {
            if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
            line++;
        }
    }
}
