package id.simonev.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading files as offices save them from Excel, and refusing what is not such a file with a 400. */
class CsvImportTests {

    private static final CsvColumn CODE = CsvColumn.required("code", "kode");
    private static final CsvColumn NAME = CsvColumn.required("name", "nama");
    private static final CsvColumn USERS = CsvColumn.optional("yearlyServiceUsers", "jumlah_pengguna_layanan");

    record Unit(String code, String name, Integer users) {
    }

    private static final CsvImport<Unit> UNITS = CsvImport.of(List.of(CODE, NAME, USERS),
            row -> new Unit(row.text(CODE), row.text(NAME), row.wholeNumber(USERS))).uniqueBy(CODE, Unit::code);

    private static CsvImport.Reading<Unit> read(String text) {
        return UNITS.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Unit> values(String text) {
        return read(text).lines().stream().map(CsvLine::value).toList();
    }

    private static List<Integer> lineNumbers(String text) {
        return read(text).lines().stream().map(CsvLine::line).toList();
    }

    private static ProblemException refused(byte[] file) {
        ProblemException problem = assertThrows(ProblemException.class, () -> UNITS.read(file));
        assertEquals(ProblemType.INVALID_REQUEST, problem.type());
        return problem;
    }

    private static ProblemException refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsCommaSeparatedRowsWithTheirLineNumbers() {
        String file = "code,name,yearlyServiceUsers\nPKM-A,Puskesmas A,1200\nPKM-B,Puskesmas B,\n";

        assertEquals(List.of(new Unit("PKM-A", "Puskesmas A", 1200), new Unit("PKM-B", "Puskesmas B", null)),
                values(file));
        assertEquals(List.of(2, 3), lineNumbers(file));
    }

    @Test
    void readsSemicolonsCrlfAndAByteOrderMarkAsExcelWritesThem() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Kode;Nama;Jumlah Pengguna Layanan\r\nPKM-A;Puskesmas A, Kota;1200\r\n\r\n;;\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        List<CsvLine<Unit>> lines = UNITS.read(file).lines();

        assertEquals(List.of(new Unit("PKM-A", "Puskesmas A, Kota", 1200)),
                lines.stream().map(CsvLine::value).toList());
    }

    @Test
    void quotedValuesHoldSeparatorsQuotesAndLineBreaksAndLinesCountOnwards() {
        String file = "code,name\n\"PKM-A\",\"Puskesmas \"\"Batua\"\", Makassar\"\n\"PKM-B\",\"two\nlines\"\nPKM-C,C\n";

        assertEquals(List.of(new Unit("PKM-A", "Puskesmas \"Batua\", Makassar", null),
                new Unit("PKM-B", "two\nlines", null), new Unit("PKM-C", "C", null)), values(file));
        assertEquals(List.of(2, 3, 5), lineNumbers(file));
    }

    @Test
    void blankLinesKeepTheirNumbersAndTrailingOnesAreNoRows() {
        assertEquals(List.of(3, 5), lineNumbers("code,name\n\nPKM-A,A\n \nPKM-B,B\n\n\n"));
    }

    @Test
    void headersMatchIgnoringCaseBlanksAndUnderscoresAndUnknownColumnsAreIgnored() {
        assertEquals(List.of(new Unit("PKM-A", "A", 5)),
                values(" KODE ,No,nama,JUMLAH_pengguna layanan\nPKM-A,1,A,5\n"));
    }

    @Test
    void aMissingRequiredColumnIsNamedWithItsAliases() {
        ProblemException problem = refused("kode,jumlah\nPKM-A,5\n");

        assertEquals(List.of(new Problem.Violation("name", "is a required column (also accepted: nama)", 1)),
                problem.violations());
    }

    @Test
    void twoColumnsForOneAreRefused() {
        assertEquals("file", refused("code,kode,name\nA,A,A\n").violations().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", " \r\n", "code,name\n", "code,name\n\n,\n"})
    void anEmptyFileOrOneWithoutRowsIsRefused(String file) {
        refused(file);
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefused() {
        byte[] latin1 = "code,name\nPKM-A,Cibeber\u00fck\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, (byte) 0x80, (byte) 0xFF};

        assertTrue(refused(latin1).getMessage().contains("UTF-8"));
        refused(binary);
        assertEquals(2, refused("code,name\nA,\0\n").violations().get(0).line());
    }

    @Test
    void anUnclosedOrMisplacedQuoteIsRefusedWithItsLine() {
        assertEquals(3, refused("code,name\nA,B\nC,\"open\nD,E\n").violations().get(0).line());
        assertEquals(2, refused("code,name\nA,\"B\"x\n").violations().get(0).line());
    }

    @Test
    void aLineWithTooManyValuesIsRefused() {
        refused("code,name\nA" + ",x".repeat(CsvFile.MAX_VALUES_PER_LINE) + "\n");
    }

    @Test
    void rowErrorsNameTheColumnAsTheHeaderSpellsItAndTheLine() {
        CsvImport.Reading<Unit> reading = read("kode;nama;jumlah_pengguna_layanan\nA;B;banyak\nA;C;1\nA;D;2;x\n");

        assertEquals(List.of(
                        new Problem.Violation("jumlah_pengguna_layanan", "must be a whole number", 2),
                        new Problem.Violation("row", "holds 4 values where the header names 3 columns; "
                                + "quote a value that holds the separator", 4)),
                reading.rows().stream().flatMap(row -> row.violations().stream())
                        .filter(v -> v.line() != 3).toList());
        assertEquals(List.of(3), reading.lines().stream().map(CsvLine::line).toList());
    }

    @Test
    void aKeyRepeatedInTheFileIsARowErrorNamingTheFirstLine() {
        CsvImport.Reading<Unit> reading = read("code,name\nA,x\nB,y\nA,z\n");

        assertEquals(List.of(new Problem.Violation("code", "repeats line 2: each may appear only once in a file", 4)),
                reading.rows().get(2).violations());
        assertEquals(List.of(2, 3), reading.lines().stream().map(CsvLine::line).toList());
    }

    @Test
    void oneOfTakesTheValuesInAnyCase() {
        CsvColumn gender = CsvColumn.required("gender");
        CsvImport<String> genders = CsvImport.of(List.of(gender), row -> row.oneOf(gender, Map.of("L", "L", "P", "P")));

        CsvImport.Reading<String> reading = genders.read("gender\nl\nP\nX\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("L", "P"), reading.lines().stream().map(CsvLine::value).toList());
        assertEquals("must be one of L, P", reading.rows().get(2).violations().get(0).message());
    }
}
