package dev.platformscan.it.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Chromium driven through the system's chromedriver (never Selenium Manager), with every
 * JavaScript error, console error, alert and CSP violation recorded from before the page's own script
 * runs, and every network request the page makes readable from the performance log.
 */
final class ReportBrowser implements AutoCloseable {
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final String ERROR_HOOK = """
            window.__reportErrors = [];
            window.addEventListener('error', function (e) { window.__reportErrors.push('error: ' + e.message); });
            window.addEventListener('unhandledrejection', function (e) { window.__reportErrors.push('unhandled rejection: ' + e.reason); });
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__reportErrors.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI);
            });
            (function () {
              var consoleError = console.error;
              console.error = function () {
                window.__reportErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
                return consoleError.apply(console, arguments);
              };
              window.alert = function (message) { window.__reportErrors.push('alert: ' + message); };
            }());
            """;

    private final ChromeDriver driver;
    private final Path profile;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> requests = new ArrayList<>();
    private final List<String> browserLog = new ArrayList<>();

    private ReportBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser; fails, never skips, when Chromium or its driver is missing. */
    static ReportBrowser start() throws IOException {
        if (!CHROMEDRIVER.canExecute() || !CHROMIUM.canExecute()) {
            throw new IllegalStateException("The report's browser tests need Chromium and chromedriver at /usr/bin."
                    + " Install them: apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this).");
        }
        Path profile = Files.createTempDirectory("platform-scan-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
        return new ReportBrowser(driver, profile);
    }

    /** Opens a file; requests made before (the browser's own start page) are left out of {@link #requestedUrls}. */
    void open(Path file) {
        driver.get("about:blank");
        driver.manage().logs().get(LogType.PERFORMANCE);
        requests.clear();
        driver.get(file.toAbsolutePath().toUri().toString());
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** JavaScript errors, console errors, alerts and CSP violations so far, from the hook and the browser log. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        Object recorded = script("return window.__reportErrors || ['the error hook did not run'];");
        if (recorded instanceof List<?> list) {
            list.forEach(entry -> errors.add(String.valueOf(entry)));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            browserLog.add(entry.getLevel() + " " + entry.getMessage());
        }
        browserLog.stream().filter(line -> line.startsWith(Level.SEVERE.getName()) || line.startsWith(Level.WARNING.getName()))
                .forEach(errors::add);
        return errors;
    }

    /** Every URL the page requested so far (from Chromium's network events in the performance log). */
    List<String> requestedUrls() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = json.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requests.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(requests);
    }

    /** A PNG of the whole page, beyond the window. */
    void screenshotFullPage(Path png) throws IOException {
        Number width = (Number) script("return document.documentElement.scrollWidth;");
        Number height = (Number) script("return document.documentElement.scrollHeight;");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        write(png, (String) shot.get("data"));
    }

    /** A PNG of one element, whole even when it is taller than the window. */
    @SuppressWarnings("unchecked")
    void screenshot(WebElement element, Path png) throws IOException {
        script("window.scrollTo(0, 0);");
        Map<String, Object> box = (Map<String, Object>) script("var r = arguments[0].getBoundingClientRect();"
                + " return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height};", element);
        Map<String, Object> clip = new java.util.HashMap<>(box);
        clip.put("scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip));
        write(png, (String) shot.get("data"));
    }

    private static void write(Path png, String base64) throws IOException {
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(base64));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
