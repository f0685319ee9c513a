package id.simonev.surveys.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simonev.platform.region.OfficeDate;
import id.simonev.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A participant gives their reaction to a program on a phone-sized headless Chromium, through their link. */
@QuarkusTest
class EvaluationPageBrowserTests {

    @TestHTTPResource("/")
    URL root;

    /** Chooses the point of every question of a section, but the items left out. */
    private static void answer(WebDriver driver, String section, List<String> items, int point, String... leftOut) {
        for (String item : items) {
            if (!List.of(leftOut).contains(item)) {
                driver.findElement(By.cssSelector("label[for='" + section + "-" + item + "-" + point + "']")).click();
            }
        }
    }

    @Test
    void aParticipantAnswersEverySectionSeesThanksAndTheLinkThenSaysItWasUsed() {
        EvaluationPages.Program program = EvaluationPages.completed(OfficeDate.today().minusDays(1),
                EvaluationPages.ANDI, EvaluationPages.SITTI);
        String page = root.toString().replaceAll("/$", "") + "/e/" + program.token("PARTICIPANT");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(page);

            assertEquals(program.title(), driver.findElement(By.tagName("h1")).getText());
            List<String> sections = driver.findElements(By.tagName("legend")).stream().map(WebElement::getText)
                    .toList();
            assertEquals(List.of("Penyelenggaraan pelatihan",
                    "Pengajar: Dr. Andi Rahman, M.Si. (BPSDM Sulawesi Selatan)",
                    "Pengajar: Ir. Sitti Aisyah (Universitas Hasanuddin)"), sections);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no wider than the phone");
            answer(driver, "penyelenggaraan", EvaluationPages.DELIVERY_ITEMS, 4);
            answer(driver, "pengajar-1", EvaluationPages.TRAINER_ITEMS, 5, EvaluationPages.OPTIONAL_TRAINER_ITEM);
            answer(driver, "pengajar-2", EvaluationPages.TRAINER_ITEMS, 3, EvaluationPages.OPTIONAL_TRAINER_ITEM);
            browser.field("Saran (boleh dikosongkan)").sendKeys("Waktu praktik ditambah");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/terima-kasih"));

            assertEquals("Terima kasih", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.tagName("main")).getText().contains(program.title()));
            assertEquals(3, program.answers(), "the delivery and two trainers");
            assertEquals(2, program.trainerAnswersWithoutTheOptionalItem());

            driver.get(page);
            assertEquals("Tautan ini sudah digunakan untuk menjawab", driver.findElement(By.tagName("h1")).getText());
        }
        assertEquals(3, program.answers());
        assertEquals(1, program.suggestions());
    }
}
