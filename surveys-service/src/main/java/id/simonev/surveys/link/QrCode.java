package id.simonev.surveys.link;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR code of a survey campaign's public link ({@code http://localhost:8082/s/K7QM4XPA}), which
 * an office prints for its service counter so that a citizen answers from a phone.
 *
 * <p>Error correction level M: a printed code that is creased, smudged or partly taped over still
 * scans (up to 15 % of it), and the code stays coarse enough for a phone to read across a counter.
 * A light quiet zone of {@value #QUIET_ZONE} modules surrounds it, as ISO/IEC 18004 asks, so that it
 * scans on whatever it is stuck to. The PNG is for printing as it is; the SVG scales to any size.
 */
public final class QrCode {

    static final int QUIET_ZONE = 4;

    /** Large enough for a poster; the bound keeps a request from making an image of gigabytes. */
    static final int MAX_PIXEL_SIZE = 40;

    private QrCode() {
    }

    /**
     * A black-on-white PNG of the code, {@code pixelSize} pixels to a module (quiet zone included),
     * so that every module has the same whole number of pixels and prints sharp.
     */
    public static byte[] png(String text, int pixelSize) {
        if (pixelSize < 1 || pixelSize > MAX_PIXEL_SIZE) {
            throw new IllegalArgumentException("A module is 1 to " + MAX_PIXEL_SIZE + " pixels, not " + pixelSize);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(modules(text, pixelSize), "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException("A PNG written to memory failed", e);
        }
        return png.toByteArray();
    }

    /**
     * A standalone SVG of the code: a white square, and the dark modules as one path, one unit to a
     * module (quiet zone included, in the {@code viewBox}), drawn with crisp edges so that no
     * renderer blurs the modules into each other. Without a width or height, it fills what holds it.
     */
    public static String svg(String text) {
        BitMatrix modules = modules(text, 1);
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && modules.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
    }

    /** The code's modules with the quiet zone around them, {@code moduleSize} pixels to a module. */
    private static BitMatrix modules(String text, int moduleSize) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A QR code needs a text");
        }
        ByteMatrix code;
        try {
            code = Encoder.encode(text, ErrorCorrectionLevel.M, hints(text)).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text is too long for a QR code (" + text.length() + " characters)",
                    e);
        }
        int size = (code.getWidth() + 2 * QUIET_ZONE) * moduleSize;
        BitMatrix modules = new BitMatrix(size, size);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                if (code.get(x, y) == 1) {
                    modules.setRegion((x + QUIET_ZONE) * moduleSize, (y + QUIET_ZONE) * moduleSize,
                            moduleSize, moduleSize);
                }
            }
        }
        return modules;
    }

    /**
     * UTF-8 only for text beyond ASCII: declaring it adds an ECI marker, which some older
     * scanners show as garbage, and links are ASCII.
     */
    private static Map<EncodeHintType, Object> hints(String text) {
        return StandardCharsets.US_ASCII.newEncoder().canEncode(text)
                ? Map.of()
                : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
}
