package id.simonev.surveys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.region.OfficeDate;
import id.simonev.testing.Http;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A campaign's result table downloads as the office files it: the IKM sheet, the profile, the answers. */
@QuarkusTest
class ResultExportTests {

    private static String workedExampleWithTenServiceUsers() {
        Results.Unit unit = Results.unit("73.71", null);
        String campaign = Results.openCampaign(unit.code(), OfficeDate.today().minusDays(10), OfficeDate.today(),
                Map.of("yearlyServiceUsers", 10));
        for (int[] answers : Results.WORKED_EXAMPLE) {
            Results.answer(campaign, OfficeDate.today(), answers);
        }
        return campaign;
    }

    @Test
    void theIkmSheetHoldsEachElementAndTheIkmWithTheirIntervalsAsNumbers() throws Exception {
        String campaign = workedExampleWithTenServiceUsers();

        byte[] file = Http.get("/api/v1/campaigns/" + campaign + "/result/export", Tokens.analyst("73"))
                .statusCode(200).extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(List.of("IKM", "Profil", "Jawaban"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            Sheet ikm = workbook.getSheet("IKM");
            assertEquals(10, ikm.getLastRowNum(), "a header, nine elements and the IKM");
            Row u8 = ikm.getRow(8);
            assertEquals("U8", u8.getCell(0).getStringCellValue());
            assertEquals(3.0, u8.getCell(3).getNumericCellValue());
            assertEquals("C", u8.getCell(8).getStringCellValue());
            assertEquals("0.0000", u8.getCell(3).getCellStyle().getDataFormatString());
            Row total = ikm.getRow(10);
            assertEquals("IKM", total.getCell(0).getStringCellValue());
            assertEquals(4, total.getCell(2).getNumericCellValue());
            assertEquals(83.33, total.getCell(5).getNumericCellValue(), 0.000001);
            assertEquals(72.71, total.getCell(6).getNumericCellValue(), 0.000001);
            assertEquals(93.96, total.getCell(7).getNumericCellValue(), 0.000001);
            assertEquals("B", total.getCell(8).getStringCellValue());
            assertEquals("Baik", total.getCell(9).getStringCellValue());
            assertEquals("Tidak: C, B, A", total.getCell(10).getStringCellValue());
            assertEquals(4, workbook.getSheet("Jawaban").getLastRowNum());
        }
    }

    @Test
    void theCsvIsTheIkmTable() {
        String campaign = workedExampleWithTenServiceUsers();

        String csv = new String(Http.get("/api/v1/campaigns/" + campaign + "/result/export?format=CSV",
                Tokens.operator("73.71")).statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);

        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertEquals(11, lines.length);
        assertEquals("IKM,Indeks Kepuasan Masyarakat,4,,3.3333,83.33,72.7100,93.9600,B,Baik,\"Tidak: C, B, A\"",
                lines[10]);
    }
}
