package id.simonev.surveys.page;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simonev.surveys.Surveys;
import id.simonev.testing.Browser;
import id.simonev.testing.Http;
import id.simonev.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A citizen answers a campaign's survey on a phone-sized headless Chromium, through its link. */
@QuarkusTest
class SurveyPageBrowserTests {

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    private String page(Surveys.Opened campaign) {
        return root.toString().replaceAll("/$", "") + "/s/" + campaign.code();
    }

    private static void chooseEveryAnswer(WebDriver driver, int... answers) {
        for (int i = 0; i < answers.length; i++) {
            driver.findElement(By.cssSelector("label[for='U" + (i + 1) + "-" + answers[i] + "']")).click();
        }
    }

    /** Sends the form and waits until the browser shows what answers it. */
    private static void submit(WebDriver driver, ExpectedCondition<?> answered) {
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(answered);
    }

    private static ExpectedCondition<Boolean> thanked() {
        return ExpectedConditions.urlContains("/terima-kasih");
    }

    @Test
    void aCitizenAnswersSubmitsTwiceSeesThanksAndIsCountedOnce() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(page(campaign));

            List<WebElement> questions = driver.findElements(By.tagName("fieldset"));
            assertEquals(10, questions.size(), "nine questions and the profile");
            assertTrue(questions.get(3).getText().contains("Gratis"));
            chooseEveryAnswer(driver, 4, 4, 3, 4, 3, 3, 4, 3, 4);
            new Select(browser.field("Jenis kelamin")).selectByVisibleText("Perempuan");
            browser.field("Umur (tahun)").sendKeys("34");
            new Select(browser.field("Pendidikan terakhir")).selectByVisibleText("S1");
            browser.field("Saran (boleh dikosongkan)").sendKeys("Ruang tunggu nyaman");

            // A double tap: the same form reaches the service twice before the page moves on.
            ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.querySelector('form');
                    fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                        .then(() => done());""");
            submit(driver, thanked());

            assertEquals("Terima kasih", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.getCurrentUrl().endsWith("/s/" + campaign.code() + "/terima-kasih"));
        }
        assertEquals(1, Surveys.responsesOf(campaign.id()));
        Http.get(campaign.responses(), Tokens.analyst("73")).statusCode(200)
                .body("items[0].answers.U3", equalTo(3))
                .body("items[0].respondent.gender", equalTo("P"))
                .body("items[0].suggestion", equalTo("Ruang tunggu nyaman"))
                .body("items[0].channel", equalTo("PUBLIC"));
    }

    @Test
    void aFormWithAQuestionLeftOutComesBackFilledInWithTheQuestionMarked() {
        Surveys.Opened campaign = Surveys.openCampaign(Surveys.MAKASSAR_UNIT);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(page(campaign));
            chooseEveryAnswer(driver, 4, 4, 3, 4, 3, 3, 4, 3);
            // The browser itself asks for every answer; a phone that ignores "required" sends the form anyway.
            ((JavascriptExecutor) driver).executeScript(
                    "document.querySelectorAll('[required]').forEach(input => input.removeAttribute('required'))");
            submit(driver, ExpectedConditions.presenceOfElementLocated(By.id("e-U9")));

            assertEquals("Pilih salah satu jawaban.", driver.findElement(By.id("e-U9")).getText());
            assertTrue(driver.findElement(By.id("U3-3")).isSelected(), "the answers given are kept");
            chooseEveryAnswer(driver, 4, 4, 3, 4, 3, 3, 4, 3, 2);
            submit(driver, thanked());
            assertEquals("Terima kasih", driver.findElement(By.tagName("h1")).getText());
        }
        assertEquals(1, Surveys.responsesOf(campaign.id()));
    }
}
