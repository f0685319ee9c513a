package id.simonev.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for the tests of pages for people (a citizen's survey, a participant's single-use
 * link): Debian's headless Chromium, driven through its ChromeDriver, on a phone-sized window, as
 * a cheap phone shows the page. Each browser has a fresh profile of its own, removed on close, so
 * that no cookie or cache carries over from one test to the next. {@code test.sh} installs both
 * programs when they are missing.
 *
 * <pre>{@code
 * try (Browser browser = new Browser()) {
 *     browser.driver().get(surveyUrl);
 *     browser.field("Kode layanan").sendKeys("...");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /**
     * Headless, in a container as root (no sandbox, no GPU, a small /dev/shm), and quiet on the
     * network: without the last flags Chromium keeps calling Google's services, which floods a
     * closed network with connections that never succeed.
     */
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=360,800");
    /** Long enough for a page on a loaded CI machine, short enough that a page that never loads fails the test. */
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private final Path profile;
    private final WebDriver driver;
    /** Quits the browser should a test end the JVM without closing it, so that no process is left behind. */
    private final Thread quitAtExit;

    public Browser() {
        profile = createProfile();
        try {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(FLAGS)
                    .addArguments("--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            delete(profile);
            throw new IllegalStateException("Chromium did not start (test.sh installs Debian's chromium and "
                    + "chromium-driver): " + e.getMessage(), e);
        }
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        quitAtExit = new Thread(this::quit, "browser-quit");
        Runtime.getRuntime().addShutdownHook(quitAtExit);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * The form field that the label with this text names, by its {@code for} or by holding it: a
     * test finds a field as a person does, and a field without a label cannot be found.
     */
    public WebElement field(String label) {
        WebElement labelElement = driver.findElement(
                By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
        String id = labelElement.getDomAttribute("for");
        return id == null || id.isEmpty()
                ? labelElement.findElement(By.xpath(".//input|.//select|.//textarea"))
                : driver.findElement(By.id(id));
    }

    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(quitAtExit);
        quit();
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("simonev-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the browser profile " + directory, e);
        }
    }

    /** The text as an XPath 1.0 string, which has no escape: one with both kinds of quote is joined by concat(). */
    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
