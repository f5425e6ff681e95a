package org.bilex.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review site of {@code corpus/} in a real browser: Debian's headless Chromium driven through
 * chromedriver. Skipped, with a loud reason on stderr, only when chromium or chromedriver is not
 * installed ({@code .ci/run} installs both, so CI runs it).
 */
class ReviewBrowserTest {

    /** Selenium warns that it has no CDP binding for this Chromium; the test does not use CDP. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private static Path tmp;
    private static Path site;
    private static WebDriver driver;
    private static JsonNode json;
    private static Path downloads;
    private static Path corpusJson;

    static Path find(String env, String... names) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && Files.isExecutable(Path.of(fromEnv))) return Path.of(fromEnv);
        List<Path> dirs = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) if (!d.isEmpty()) dirs.add(Path.of(d));
        dirs.add(Path.of("/usr/lib/chromium"));
        for (String n : names) for (Path d : dirs) if (Files.isExecutable(d.resolve(n))) return d.resolve(n);
        return null;
    }

    @BeforeAll
    static void start() throws IOException {
        Path chromium = find("BILEX_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        Path chromedriver = find("BILEX_CHROMEDRIVER", "chromedriver");
        if (chromium == null || chromedriver == null) {
            String why = "ReviewBrowserTest SKIPPED: " + (chromium == null ? "chromium" : "chromedriver")
                    + " is not installed (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
            System.err.println("!!!!!!!! " + why + " !!!!!!!!");
            Assumptions.abort(why);
        }
        CDP_LOG.setLevel(Level.OFF);
        tmp = Files.createTempDirectory("bilex-review-browser");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        corpusJson = ReviewSiteTest.corpusJson();
        Files.copy(corpusJson, out.resolve(corpusJson.getFileName()));
        site = tmp.resolve("site");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new ReviewSite(out, site, List.of(), ReviewSite.DEFAULT_DPI, new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        json = ReviewFixtures.M.readTree(corpusJson.toFile());

        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + tmp.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        downloads = tmp.resolve("downloads");
        Files.createDirectories(downloads);
        o.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (tmp != null) org.bilex.output.CorpusOutput.deleteTree(tmp);
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static List<String> severe() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) out.add(e.getMessage());
        }
        return out;
    }

    private static Set<String> attrs(String selector) {
        @SuppressWarnings("unchecked")
        List<String> l = (List<String>) js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.getAttribute('data-mention'));", selector);
        return new TreeSet<>(l);
    }

    @Test
    void indexLoadsWithoutErrorsAndSorts() {
        open("index.html");
        assertEquals(1L, js("return document.querySelectorAll('#documents tbody tr').length;"));
        driver.findElement(By.cssSelector("#documents th:nth-child(4)")).click();
        assertEquals("ascending", driver.findElement(By.cssSelector("#documents th:nth-child(4)")).getAttribute("aria-sort"));
        assertEquals(List.of(), severe(), "console errors on the index");
    }

    @Test
    void documentPageDrawsOneBoxPerMentionWithABoxAndHasNoConsoleErrors() throws IOException {
        open("docs/000_bc1c06d065d022ba.html");
        long boxes = (Long) js("return document.querySelectorAll('.box[data-mention]').length;");
        assertEquals(ReviewFixtures.mentionsWithBoxes(corpusJson), boxes);
        js("document.querySelectorAll('img').forEach(i => i.scrollIntoView());");
        assertEquals(Boolean.TRUE, js("return typeof window.bilexSelect === 'function';"), "the page's script ran");
        assertEquals(List.of(), severe(), "console errors on the document page");
    }

    @Test
    void clickingAnEntityHighlightsExactlyItsMentions() {
        open("docs/000_bc1c06d065d022ba.html");
        int checked = 0;
        for (JsonNode e : json.path("entities")) {
            if (checked == 5) break;
            if (e.path("mentions").size() < 2 && checked > 0) continue;
            String id = e.path("id").asText();
            WebElement item = driver.findElement(By.cssSelector("li[data-entity='" + id + "']"));
            js("arguments[0].scrollIntoView({block:'center'});", item);
            item.click();
            Set<String> highlighted = attrs(".hl");
            Set<String> expected = new TreeSet<>();
            for (int n = 0; n < e.path("mentions").size(); n++) expected.add(id + ":" + n);
            assertEquals(expected, highlighted, id + ": highlighted mentions");
            long drawn = (Long) js("return document.querySelectorAll('[data-mention^=\"' + arguments[0] + ':\"]').length;", id);
            long hl = (Long) js("return document.querySelectorAll('.hl').length;");
            assertEquals(drawn, hl, id + ": every drawn mention of the entity and nothing else is highlighted");
            assertTrue(driver.findElement(By.id("entity")).getText().contains(e.path("canonical").asText()), id + ": panel");
            checked++;
        }
        assertEquals(5, checked);
        // a real click on a box that nothing covers selects that box's entity
        String mention = (String) js("for (const b of document.querySelectorAll('.box[data-mention]')) {"
                + " b.scrollIntoView({block:'center'}); const r = b.getBoundingClientRect();"
                + " if (r.width > 4 && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b) return b.getAttribute('data-mention'); }"
                + " return null;");
        assertTrue(mention != null, "some box can be clicked");
        WebElement box = driver.findElement(By.cssSelector(".box[data-mention='" + mention + "']"));
        js("arguments[0].scrollIntoView({block:'center'});", box);
        box.click();
        String id = mention.substring(0, mention.indexOf(':'));
        assertFalse(attrs(".hl").isEmpty());
        for (String m : attrs(".hl")) assertTrue(m.startsWith(id + ":"), m + " highlighted after clicking " + mention);
        assertEquals(List.of(), severe(), "console errors while clicking");
        String shot = System.getProperty("bilex.review.screenshot");
        if (shot != null) {
            js("window.scrollTo(0, 0);");
            try {
                Files.write(Path.of(shot), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
    }

    @Test
    void rejectingAnEntityAndSavingGivesACurationThatExtractApplies() throws Exception {
        JsonNode target = null;
        for (JsonNode e : json.path("entities")) {
            if (e.path("type").asText().equals("TISSUE") && e.path("canonical").asText().equals("mesoderm")) target = e;
        }
        assertTrue(target != null, "fixture: the corpus output has TISSUE mesoderm");
        String id = target.path("id").asText();
        open("docs/000_bc1c06d065d022ba.html");
        WebElement item = driver.findElement(By.cssSelector("li[data-entity='" + id + "']"));
        js("arguments[0].scrollIntoView({block:'center'});", item);
        item.click();
        WebElement reject = driver.findElement(By.id("reject-entity"));
        js("arguments[0].scrollIntoView({block:'center'});", reject);
        reject.click();
        driver.findElement(By.id("curator")).sendKeys("browser test");
        assertEquals("1 decision", driver.findElement(By.id("decision-count")).getText());
        WebElement save = driver.findElement(By.id("save-curation"));
        js("arguments[0].scrollIntoView({block:'center'});", save);
        save.click();
        Path file = downloads.resolve("000_bc1c06d065d022ba.curation.json");
        for (int i = 0; i < 100 && !Files.isRegularFile(file); i++) Thread.sleep(100);
        assertTrue(Files.isRegularFile(file), "the page saved " + file);
        assertEquals(List.of(), severe(), "console errors while curating");
        JsonNode c = ReviewFixtures.M.readTree(file.toFile());
        assertEquals("bilex-curation/1", c.path("schema").asText());
        assertEquals(json.path("document").path("sha256").asText(), c.path("document").path("sha256").asText());
        assertEquals("browser test", c.path("curator").asText());
        assertEquals("reject-entity", c.path("decisions").get(0).path("action").asText());

        Path out = tmp.resolve("curated-out");
        int status = org.bilex.cli.MainAccess.run("extract", "-o", out.toString(), "-j", "1", "--progress", "none",
                "--curation", file.toString(), "corpus/");
        assertEquals(0, status);
        JsonNode curated = ReviewFixtures.M.readTree(out.resolve("000_bc1c06d065d022ba.json").toFile());
        for (JsonNode e : curated.path("entities")) {
            assertFalse(e.path("type").asText().equals("TISSUE") && e.path("canonical").asText().equals("mesoderm"),
                    "the rejected entity is gone from the next output");
        }
        assertTrue(curated.path("entities").size() > 0);
    }
}
