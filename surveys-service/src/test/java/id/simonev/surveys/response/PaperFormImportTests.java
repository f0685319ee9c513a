package id.simonev.surveys.response;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An office types its paper forms into a spreadsheet and sends the file: all or nothing, every bad row by line. */
@QuarkusTest
class PaperFormImportTests {

    private static final String HEADER = "tanggal;U1;U2;U3;U4;U5;U6;U7;U9;U8;jenis_kelamin;umur;pendidikan;pekerjaan;saran\n";

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    private static String today() {
        return OfficeDate.today().toString();
    }

    @Test
    void everyRowBecomesAResponseWithItsAnswersMatchedByColumnNameNotPosition() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        String file = HEADER
                + today() + ";4;4;3;4;3;3;4;2;1;P;34;S1;SWASTA;Antrian panjang\n"
                + today() + ";3;3;3;3;3;3;3;3;3;laki-laki;;D3;PNS;\n";

        Http.upload(campaign.responses() + "/import", Tokens.operator("73.71"), file).statusCode(200)
                .body("rows", equalTo(2))
                .body("created", equalTo(2))
                .body("dryRun", equalTo(false));

        Http.get(campaign.responses() + "?sort=submittedAt", Tokens.analyst("73")).statusCode(200)
                .body("total", equalTo(2))
                .body("items.answers.U8", contains(1, 3))
                .body("items.answers.U9", contains(2, 3))
                .body("items.respondent.education", contains("S1", "D1_D3_D4"))
                .body("items.respondent.gender", contains("P", "L"))
                .body("items.suggestion", contains("Antrian panjang", null))
                .body("items.channel", contains("PAPER", "PAPER"));
    }

    @Test
    void aDryRunChecksTheWholeFileAndWritesNothing() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        String file = HEADER + today() + ";4;4;3;4;3;3;4;2;1;P;34;S1;SWASTA;\n";

        Http.upload(campaign.responses() + "/import", Tokens.operator("73.71"), file.getBytes(StandardCharsets.UTF_8),
                true).statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1));

        assertEquals(0, Surveys.responsesOf(campaign.id()));
    }

    @Test
    void oneBadRowWritesNothingAndEveryBadRowIsNamedByLineAndColumn() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        String file = HEADER
                + today() + ";4;4;3;4;3;3;4;2;1;P;34;S1;SWASTA;\n"
                + today() + ";4;5;3;4;3;3;4;2;1;P;34;S1;SWASTA;\n"
                + "31/02/2026;4;4;3;4;3;3;4;2;1;X;34;S1;SWASTA;\n"
                + today() + ";4;4;3;4;3;3;4;2;1;P;7;S1;SWASTA;\n"
                + today() + ";4;4;;4;3;3;4;2;1;P;34;S1;SWASTA;\n"
                + Surveys.quarterStart().minusDays(1) + ";4;4;3;4;3;3;4;2;1;P;34;S1;SWASTA;\n";

        Refusal.of(ProblemType.INVALID_ROWS, "U2").check(() -> Surveys.responsesOf(campaign.id()),
                        () -> Http.upload(campaign.responses() + "/import", Tokens.operator("73.71"), file))
                .body("violations.line", contains(3, 4, 4, 5, 6, 7))
                .body("violations.field", contains("U2", "jenis_kelamin", "tanggal", "umur", "U3", "tanggal"))
                .body("violations[0].message", equalTo("must be a whole number from 1 to 4"));
    }

    @Test
    void aFileWithoutAnItemsColumnIsRefusedAndAnotherRegionsCampaignIsNotFound() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Refusal.of(ProblemType.INVALID_REQUEST, "U3").check(() -> Surveys.responsesOf(campaign.id()),
                () -> Http.upload(campaign.responses() + "/import", Tokens.operator("73.71"),
                        "tanggal;U1;U2\n" + today() + ";4;4\n"));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Surveys.responsesOf(campaign.id()),
                () -> Http.upload(campaign.responses() + "/import", Tokens.operator("53.71"),
                        HEADER + today() + ";4;4;3;4;3;3;4;2;1;P;34;S1;SWASTA;\n"));
    }
}
