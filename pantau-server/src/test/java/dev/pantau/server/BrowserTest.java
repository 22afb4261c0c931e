package dev.pantau.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver; skipped when they are
 * missing): search, an article with its highlights, the event filters, map, network and analyze
 * pages, and no errors in the browser console. Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static TestServer s;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromedriver are not installed");
        s = TestServer.get();
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1300,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        try {
            driver = new ChromeDriver(o);
        } catch (WebDriverException e) {
            assumeTrue(false, "chromium could not start: " + e.getMessage().lines().findFirst().orElse(""));
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    static void shot(String name) throws IOException {
        Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void noConsoleErrors(String page) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "console errors on the " + page + " page: " + errors);
    }

    @Test
    @Order(1)
    void searchShowsHighlightedResults() throws IOException {
        driver.get(s.base + "/#/?q=satelit");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li a.title")));
        assertEquals("Kim Jong-un bertemu Vladimir Putin", first.getText());
        WebElement li = driver.findElement(By.cssSelector("#results li"));
        assertTrue(li.findElement(By.cssSelector(".meta")).getText().contains("Bisnis.com"));
        assertEquals("satelit", li.findElement(By.cssSelector(".snippet b")).getText().toLowerCase());
        shot("search");
        noConsoleErrors("search");
    }

    @Test
    @Order(2)
    void anArticleHasEveryLayerHighlighted() throws IOException {
        driver.get(s.base + "/#/?q=satelit");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results li a.title"))).click();
        long t0 = System.nanoTime();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark")));
        System.out.printf("article page rendered %.0f ms after the click%n", (System.nanoTime() - t0) / 1e6);
        for (String cls : List.of("ent-PERSON", "ent-LOCATION", "time", "quote", "attribution", "trigger")) {
            assertFalse(driver.findElements(By.cssSelector("#article-text mark." + cls)).isEmpty(), "no ." + cls + " highlight");
        }
        String persons = driver.findElement(By.id("panel-entities")).getText();
        assertTrue(persons.contains("Putin") && persons.contains("Kim Jong-un"), persons);
        String quotes = driver.findElement(By.id("panel-quotes")).getText();
        assertTrue(quotes.contains("Saya senang bertemu Anda"), quotes);
        // a panel entry lights up its spans in the text
        driver.findElement(By.cssSelector("#panel-quotes a[data-ref]")).click();
        assertFalse(driver.findElements(By.cssSelector("#article-text mark.flash")).isEmpty());
        shot("article");
        noConsoleErrors("article");
    }

    @Test
    @Order(3)
    void eventsFilterByActorAndDrawATimeline() throws IOException {
        driver.get(s.base + "/#/events");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tbody tr")));
        int all = driver.findElements(By.cssSelector("#events tbody tr")).size();
        WebElement actor = driver.findElement(By.id("f-actor"));
        actor.sendKeys("RUS");
        driver.findElement(By.cssSelector("#filters button")).click();
        wait.until(ExpectedConditions.urlContains("actor=RUS"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-title"), "involving RUS"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr"));
        assertFalse(rows.isEmpty());
        assertTrue(rows.size() <= all);
        for (WebElement r : rows) assertTrue(r.findElements(By.tagName("td")).get(2).getText().startsWith("RUS"), r.getText());
        assertFalse(driver.findElements(By.cssSelector("#timeline-chart rect.bar-rect")).isEmpty());
        shot("events");
        rows.get(0).findElement(By.cssSelector("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table tbody tr a")));
        shot("event");
        noConsoleErrors("events");
    }

    @Test
    @Order(4)
    void mapAndNetworkAreDrawn() throws IOException {
        driver.get(s.base + "/#/map");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map-count")));
        // the bundled Natural Earth outline: every country drawn, each where it belongs
        assertTrue(driver.findElements(By.cssSelector("#map-svg path.country")).size() >= 170);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        @SuppressWarnings("unchecked")
        Map<String, Number> idn = (Map<String, Number>) js.executeScript(
                "const b = document.querySelector('#map-svg path.country[data-iso=\"IDN\"]').getBBox(); return {x: b.x, y: b.y, w: b.width, h: b.height};");
        // Indonesia spans about 95-141 E and 6 N-11 S: x 764-892, y 233-281 on the 1000 x 500 map
        assertTrue(idn.get("x").doubleValue() > 755 && idn.get("x").doubleValue() < 775, "Indonesia's outline at " + idn);
        assertTrue(idn.get("w").doubleValue() > 110 && idn.get("w").doubleValue() < 140, "Indonesia's outline " + idn);
        assertTrue(idn.get("y").doubleValue() > 225 && idn.get("y").doubleValue() + idn.get("h").doubleValue() < 290, "Indonesia's outline " + idn);
        // the seed article's events are in Russia: at least that country gets a mark, drawn over the outlines
        assertFalse(driver.findElements(By.cssSelector("#map-svg circle.pt")).isEmpty(), driver.findElement(By.id("map-count")).getText());
        assertFalse(driver.findElements(By.cssSelector("#map-svg path.country-events")).isEmpty());
        assertEquals(Boolean.TRUE, js.executeScript("const c = document.querySelector('#map-svg circle.pt'); "
                + "return (document.getElementById('map-countries').compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;"));
        shot("map");
        driver.get(s.base + "/#/network");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-svg")));
        assertTrue(driver.findElements(By.cssSelector("#network-svg g.node")).size() >= 2);
        assertFalse(driver.findElements(By.cssSelector("#network-svg line.edge")).isEmpty());
        shot("network");
        noConsoleErrors("map and network");
    }

    @Test
    @Order(5)
    void analyzeShowsTheResultAtOnce() throws IOException {
        driver.get(s.base + "/#/analyze");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("analyze-text")))
                .sendKeys("Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Jakarta pada Senin (4/7/2022).");
        driver.findElement(By.cssSelector("#analyze-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc #article-text mark.ent-PERSON")));
        assertTrue(driver.findElement(By.id("panel-entities")).getText().contains("Albanese"));
        shot("analyze");
        noConsoleErrors("analyze");
    }
}
