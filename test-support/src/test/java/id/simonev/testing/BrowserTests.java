package id.simonev.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser that page tests use fills in and sends a form as a person would: a plain HTML form
 * served by the JDK's own HTTP server, its field found by its label.
 */
class BrowserTests {

    private static final String FORM = """
            <!doctype html>
            <html lang="id"><head><meta charset="utf-8"><title>Survei</title></head><body>
            <form method="post" action="/terima">
              <label for="unit">Unit layanan</label>
              <input id="unit" name="unit">
              <button type="submit">Kirim</button>
            </form>
            </body></html>""";

    private static HttpServer server;

    @BeforeAll
    static void serveTheForm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> answer(exchange, FORM));
        server.createContext("/terima", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String unit = URLDecoder.decode(form.substring(form.indexOf("unit=") + "unit=".length()),
                    StandardCharsets.UTF_8);
            answer(exchange, "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Terima kasih"
                    + "</title></head><body><p id=\"unit\">" + escape(unit) + "</p></body></html>");
        });
        server.start();
    }

    @AfterAll
    static void stopServing() {
        server.stop(0);
    }

    @Test
    void aLabelledFieldIsFilledInAndTheFormSent() {
        try (Browser browser = new Browser()) {
            browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            browser.field("Unit layanan").sendKeys("Puskesmas Batua & Tamalanrea");
            browser.driver().findElement(By.xpath("//button[.='Kirim']")).click();

            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.titleIs("Terima kasih"));
            assertEquals("Puskesmas Batua & Tamalanrea", browser.driver().findElement(By.id("unit")).getText());
        }
    }

    private static void answer(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
