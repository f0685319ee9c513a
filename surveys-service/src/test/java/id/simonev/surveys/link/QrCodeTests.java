package id.simonev.surveys.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** A printed code scans back to the survey's link. */
class QrCodeTests {

    private static final String LINK = "http://localhost:8082/s/K7QM4XPA";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");

    @ParameterizedTest(name = "{0} pixels to a module")
    @ValueSource(ints = {2, 5, 10})
    void thePngScansBackToTheLink(int pixelSize) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(LINK, pixelSize)));

        assertEquals(LINK, scan(image));
    }

    @Test
    void thePngHasAWhiteQuietZoneOfFourModulesAndWholeModules() throws IOException {
        int pixelSize = 6;
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(LINK, pixelSize)));

        int quietZone = QrCode.QUIET_ZONE * pixelSize;
        assertEquals(0, image.getWidth() % pixelSize);
        assertEquals(image.getWidth(), image.getHeight());
        for (int i = 0; i < image.getWidth(); i++) {
            for (int edge = 0; edge < quietZone; edge++) {
                assertWhite(image, i, edge);
                assertWhite(image, edge, i);
                assertWhite(image, i, image.getHeight() - 1 - edge);
                assertWhite(image, image.getWidth() - 1 - edge, i);
            }
        }
        assertEquals(Color.BLACK.getRGB(), image.getRGB(quietZone, quietZone), "the finder pattern's corner");
    }

    private static void assertWhite(BufferedImage image, int x, int y) {
        assertEquals(Color.WHITE.getRGB(), image.getRGB(x, y), x + "," + y);
    }

    @Test
    void theSvgIsAStandaloneSquareWithOnePathOfTheDarkModules() throws Exception {
        Element svg = parse(QrCode.svg(LINK)).getDocumentElement();
        int size = ImageIO.read(new ByteArrayInputStream(QrCode.png(LINK, 1))).getWidth();

        assertEquals(SVG, svg.getNamespaceURI());
        assertEquals("svg", svg.getLocalName());
        assertEquals("0 0 " + size + " " + size, svg.getAttribute("viewBox"));
        assertEquals("crispEdges", svg.getAttribute("shape-rendering"));
        assertEquals(1, svg.getElementsByTagNameNS(SVG, "path").getLength());
        Element background = (Element) svg.getElementsByTagNameNS(SVG, "rect").item(0);
        assertEquals(List.of(String.valueOf(size), String.valueOf(size), "#fff"), List.of(
                background.getAttribute("width"), background.getAttribute("height"), background.getAttribute("fill")));
    }

    @Test
    void theSvgDrawnScansBackToTheLink() throws Exception {
        Element svg = parse(QrCode.svg(LINK)).getDocumentElement();
        int size = Integer.parseInt(svg.getAttribute("viewBox").split(" ")[2]);
        String path = ((Element) svg.getElementsByTagNameNS(SVG, "path").item(0)).getAttribute("d");

        assertEquals(LINK, scan(drawn(path, size, 8)));
    }

    /** Draws the path as the SVG draws it: each run of dark modules a rectangle one module high. */
    private static BufferedImage drawn(String path, int size, int scale) {
        BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        Matcher run = RUN.matcher(path);
        int end = 0;
        while (run.find() && run.start() == end) {
            end = run.end();
            graphics.fillRect(Integer.parseInt(run.group(1)) * scale, Integer.parseInt(run.group(2)) * scale,
                    Integer.parseInt(run.group(3)) * scale, scale);
        }
        graphics.dispose();
        assertEquals(path.length(), end, "the path is only runs of modules");
        return image;
    }

    @Test
    void textBeyondAsciiScansBackAsWritten() throws Exception {
        String text = "Survei Kepuasan Masyarakat – Kantor Regional IV BKN Makassar: 100 % ramah";

        assertEquals(text, scan(ImageIO.read(new ByteArrayInputStream(QrCode.png(text, 4)))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, QrCode.MAX_PIXEL_SIZE + 1})
    void refusesAPixelSizeOutsideTheRange(int pixelSize) {
        assertThrows(IllegalArgumentException.class, () -> QrCode.png(LINK, pixelSize));
    }

    @Test
    void refusesNoTextAndTextTooLongForACode() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.svg(" "));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> QrCode.svg(LINK + "?q=" + "x".repeat(3000)));
        assertTrue(tooLong.getMessage().contains("too long for a QR code"), tooLong.getMessage());
    }

    private static String scan(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap).getText();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
