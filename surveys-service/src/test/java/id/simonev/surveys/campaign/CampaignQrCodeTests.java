package id.simonev.surveys.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.simonev.platform.problem.ProblemType;
import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An open campaign's QR code, printed on the counter, scans to its link. */
@QuarkusTest
class CampaignQrCodeTests {

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    @Test
    void thePngScansToTheCampaignsLinkAndTheSvgIsServedToo() throws Exception {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);

        byte[] png = Http.get(Surveys.CAMPAIGNS + "/" + campaign.id() + "/qr.png?scale=6", Tokens.analyst("73"))
                .statusCode(200).contentType("image/png").extract().asByteArray();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                ImageIO.read(new ByteArrayInputStream(png)))));
        assertEquals("http://localhost:8082/s/" + campaign.code(), new MultiFormatReader().decode(bitmap).getText());

        Http.get(Surveys.CAMPAIGNS + "/" + campaign.id() + "/qr.svg", Tokens.operator("73.71")).statusCode(200)
                .contentType("image/svg+xml")
                .body(containsString("<path"));
    }

    @Test
    void aDraftHasNoCodeYetAndABadScaleIsRefused() {
        String draft = Surveys.draftCampaign(Surveys.MAKASSAR_UNIT);
        Refusal.of(ProblemType.CONFLICT).saying("Campaign " + draft + " is a DRAFT")
                .check(() -> Http.get(Surveys.CAMPAIGNS + "/" + draft + "/qr.png", Tokens.admin()));
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        Refusal.of(ProblemType.INVALID_REQUEST, "scale")
                .check(() -> Http.get(Surveys.CAMPAIGNS + "/" + campaign.id() + "/qr.png?scale=500", Tokens.admin()));
    }
}
