package id.simonev.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaNeutraliserTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"klik\")", "\t=1+1", "\r=1+1",
            "-"})
    void textAFormulaCouldStartWithGetsAQuote(String text) {
        assertEquals("'" + text, FormulaNeutraliser.neutralise(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "Pelayanan cepat", "1+1", "a=b", " =1+1", "Rp 1.500.000", "'=1+1", "'"})
    void otherTextStaysAsItIs(String text) {
        assertEquals(text, FormulaNeutraliser.neutralise(text));
    }
}
