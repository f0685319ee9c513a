package id.simonev.surveys.response;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A campaign's responses download as a spreadsheet and as CSV, with formula-like text neutralised. */
@QuarkusTest
class ResponseExportTests {

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    private static Surveys.Opened campaignWithTwoForms() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Map<String, Object> first = Surveys.sheet(4, 4, 3, 4, 3, 3, 4, 3, 4);
        first.put("suggestion", "=HYPERLINK(\"http://example.com\")");
        Http.post(campaign.responses(), Tokens.operator("73.71"), first).statusCode(201);
        Http.post(campaign.responses(), Tokens.operator("73.71"), Surveys.sheet(1, 2, 3, 4, 1, 2, 3, 4, 1))
                .statusCode(201);
        return campaign;
    }

    @Test
    void theSpreadsheetHoldsOneTypedRowPerResponseAndNoFormula() throws Exception {
        Surveys.Opened campaign = campaignWithTwoForms();

        byte[] file = Http.get(campaign.responses() + "/export?format=XLSX", Tokens.analyst("73")).statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"skm-" + campaign.code()))
                .extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet answers = workbook.getSheet("Jawaban");
            assertEquals(2, answers.getLastRowNum());
            Row header = answers.getRow(0);
            assertEquals("Tanggal survei", header.getCell(1).getStringCellValue());
            assertEquals("U9", header.getCell(10).getStringCellValue());
            Row first = answers.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertEquals(4, first.getCell(2).getNumericCellValue());
            assertEquals(OfficeDate.today(), first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("'=HYPERLINK(\"http://example.com\")", first.getCell(16).getStringCellValue());
            assertEquals(1, answers.getRow(2).getCell(10).getNumericCellValue());
        }
    }

    @Test
    void theCsvHoldsTheSameTable() {
        Surveys.Opened campaign = campaignWithTwoForms();

        String csv = new String(Http.get(campaign.responses() + "/export?format=CSV", Tokens.operator("73.71"))
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);

        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("No,Tanggal survei,U1,U2,U3,U4,U5,U6,U7,U8,U9,Jenis kelamin,Umur,Pendidikan,Pekerjaan,"
                + "Jenis layanan,Saran,Saluran", lines[0]);
        assertEquals("2," + OfficeDate.today() + ",1,2,3,4,1,2,3,4,1,P,34,S1,SWASTA,,,PAPER", lines[2]);
    }
}
