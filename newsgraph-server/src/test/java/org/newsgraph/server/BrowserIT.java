package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Sources;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: Debian's chromium, headless, through its chromedriver (never one
 * downloaded). A reader searches, opens the article, moves through its quotations with the keyboard, and
 * follows a speaker to their page.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    private static Ingester ingester;
    private static NewsgraphServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
        ingester = Ingester.open(dir.resolve("db"));
        ingester.ingest(Sources.open(Path.of("../examples/seed/article.txt")), Analyzer::standard, Ingester.Options.DEFAULT,
                Ingester.Listener.NONE);
        server = NewsgraphServer.start(ingester, Analyzer::standard, NewsgraphServer.Options.DEFAULT.at("127.0.0.1", 0));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1000,1200");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (org.openqa.selenium.WebDriverException e) {
            // A machine whose chromium cannot start (no display libraries, a container's limits) says so, and skips.
            assumeTrue(false, "chromium could not start here: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (ingester != null) ingester.close();
    }

    @Test
    void aReaderSearchesReadsTheQuotationsByKeyboardAndFollowsASpeaker() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get("http://127.0.0.1:" + server.port() + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Zakharova", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-heading")));
        assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("1 article for “Zakharova”");

        browser.findElement(By.cssSelector(".results a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article h1")));
        assertThat(browser.getTitle()).startsWith("EU frowns, US roars");
        List<WebElement> quotes = browser.findElements(By.cssSelector("mark.quote"));
        assertThat(quotes).hasSizeGreaterThan(10);
        assertThat(quotes).anyMatch(q -> "Maria Zakharova, spokeswoman".equals(q.getAttribute("title")));

        // Tab from the first quotation reaches the next: each is one stop, and focus shows its speaker.
        quotes.get(0).click();
        WebElement first = browser.switchTo().activeElement();
        first.sendKeys(Keys.TAB);
        WebElement next = browser.switchTo().activeElement();
        assertThat(next.getTagName()).isIn("mark", "a");
        assertThat(colourOf(quotes.get(0))).as("a quotation is filled in its speaker's colour").isNotEqualTo("rgba(0, 0, 0, 0)");

        browser.findElement(By.linkText("Maria Zakharova")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Maria Zakharova");
        assertThat(browser.findElement(By.id("h-roles")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).contains("spokeswoman");
    }

    @Test
    void thePagesFitAPhone() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
        try {
            browser.get("http://127.0.0.1:" + server.port() + "/");
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling on a phone").isEqualTo(false);
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 1200));
        }
    }

    private static String colourOf(WebElement e) {
        return e.getCssValue("background-color");
    }
}
