package dev.platformscan.it.browser;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository whose code carries markup and script in comments and string literals, and a module
 * whose id has quotes and a tag in it: the report shows all of it as text and runs none of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileReportBrowserTest {
    private static final Path REPOSITORY = Path.of("src/test/resources/browser/hostile");
    private static final String HOSTILE_MODULE = "com.example:beta\"'<b>bold</b>";

    private ScanResult result;
    private ReportBrowser browser;

    @BeforeAll
    void scanRenderAndOpen() throws Exception {
        result = ReportFixture.scan(REPOSITORY, List.of(module("com.example:alpha", "alpha"), module(HOSTILE_MODULE, "beta")));
        assertThat(result.opportunities()).as("the planted copy is an opportunity").isNotEmpty();
        Path report = ReportFixture.render(result, Path.of("target/browser/hostile"));
        browser = ReportBrowser.start();
        browser.open(report);
        browser.one("#opportunity-table tbody tr td.name a").click();
    }

    @AfterAll
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void nothingFromTheCodeRuns() {
        assertThat(browser.script("return typeof window.__pwned;")).isEqualTo("undefined");
        assertThat(browser.errors()).as("JavaScript errors, alerts, CSP violations").isEmpty();
        assertThat(browser.all("img")).isEmpty();
        assertThat(browser.all("script")).hasSize(2);
        assertThat(browser.all("b")).as("no markup from a module id").isEmpty();
        assertThat(browser.requestedUrls()).allSatisfy(url -> assertThat(url).matches("(file|data):.*"));
    }

    @Test
    void theHostileTextIsShownAsText() throws Exception {
        WebElement detail = browser.one("details#opp-1");
        String code = String.join("\n", detail.findElements(By.cssSelector("table.diff tbody td:nth-child(even)")).stream()
                .map(cell -> cell.getAttribute("textContent")).toList());

        assertThat(code).contains("// <img src=x onerror=\"window.__pwned=1\">")
                .contains("\"</script><script>window.__pwned=2</script> bad hash: \"");
        assertThat(browser.one("#filter-module").getText()).contains(HOSTILE_MODULE);
        assertThat(browser.all("svg.heatmap g.cell").stream().map(cell -> cell.getAttribute("data-module")))
                .contains(HOSTILE_MODULE);
        browser.screenshot(detail, Path.of("target/screenshots/hostile-detail.png"));
    }

    private static ModuleSource module(String id, String path) {
        Path base = REPOSITORY.resolve(path).toAbsolutePath();
        return new ModuleSource(id, path, base, "jar", List.of(base.resolve("src/main/java")), List.of(), "UTF-8", "17");
    }
}
